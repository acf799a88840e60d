using System.Text.Json.Serialization;

namespace FusionStudio.Web.Serving.Wire;

public sealed record OpenAiErrorDetail(
    string Message,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Param,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Code);
