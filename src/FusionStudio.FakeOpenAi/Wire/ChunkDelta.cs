using System.Text.Json.Serialization;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>What a chunk adds: the role in the first chunk, then pieces of content.</summary>
public sealed record ChunkDelta(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content);
