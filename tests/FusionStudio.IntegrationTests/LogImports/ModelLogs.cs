using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FusionStudio.IntegrationTests.LogImports;

/// <summary>Writes a log of several models answering the same queries, as JSON Lines, the way an operations log would look.</summary>
public static class ModelLogs
{
    private static readonly string[] _languages = ["en", "de", "fr", "ar", "zh"];

    public static string Jsonl(int models, int queries)
    {
        var log = new StringBuilder();
        for (var query = 0; query < queries; query++)
        {
            for (var model = 0; model < models; model++)
            {
                var record = new Dictionary<string, object>
                {
                    ["query_id"] = $"q{query}",
                    ["query"] = $"How does topic number {query} work, and why does it matter?",
                    ["model"] = $"logged-model-{model}",
                    ["response"] = $"Model {model} explains topic {query}: it works step by step, and it matters because it saves time.",
                    ["score"] = (model + query) % 10,
                    ["cost"] = Cost(model),
                    ["input_tokens"] = 20 + query,
                    ["output_tokens"] = 100 + model,
                    ["latency_ms"] = 250 + 10 * model,
                    ["language"] = _languages[query % _languages.Length],
                    ["task"] = query % 2 == 0 ? "explanation" : "advice",
                };
                log.AppendLine(JsonSerializer.Serialize(record));
            }
        }

        return log.ToString();
    }

    public static decimal Cost(int model) => decimal.Parse($"0.00{model + 1}", CultureInfo.InvariantCulture);
}
