using System.Text.Json;
using System.Text.Json.Serialization;

namespace FusionStudio.Engine.Routing;

/// <summary>How an evaluation is stored with its router and sent over the API: one set of JSON options for both.</summary>
public static class RoutingEvaluationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(RoutingEvaluation evaluation) => JsonSerializer.Serialize(evaluation, Options);

    public static RoutingEvaluation? Read(string json) =>
        string.IsNullOrWhiteSpace(json) || json == "{}" ? null : JsonSerializer.Deserialize<RoutingEvaluation>(json, Options);
}
