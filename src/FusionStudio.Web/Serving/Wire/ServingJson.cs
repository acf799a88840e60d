using System.Text.Json;
using System.Text.Json.Serialization;

namespace FusionStudio.Web.Serving.Wire;

/// <summary>OpenAI's wire form: snake_case names, absent fields left out.</summary>
internal static class ServingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
