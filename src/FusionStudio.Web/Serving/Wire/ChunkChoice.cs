using System.Text.Json.Serialization;

namespace FusionStudio.Web.Serving.Wire;

public sealed record ChunkChoice(
    int Index,
    ChunkDelta Delta,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FinishReason);
