using System.Text.Json;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// The per-query shape that LLM-routing libraries write: one line per query with a <c>model_performance</c> map of
/// model name to that model's response, tokens and task score. Each entry becomes one flat record, so the rest of the
/// import (checks, grouping, storage) is the same for both shapes.
/// </summary>
public static class NestedLogShape
{
    public const string Models = "model_performance";

    // Query-level fields: the nested shape's name first, then the flat name it stands for.
    private static readonly (string Nested, string Flat)[] QueryFields =
    [
        ("query", LogFields.Query),
        ("task_name", LogFields.Task),
        ("task", LogFields.Task),
        ("query_id", LogFields.QueryId),
        ("language", LogFields.Language),
        ("ground_truth", LogFields.Reference),
        ("reference", LogFields.Reference),
    ];

    // Per-model fields: the first name present wins (routing logs write both token spellings).
    private static readonly (string Nested, string Flat)[] AnswerFields =
    [
        ("response", LogFields.Response),
        ("task_performance", LogFields.Score),
        ("performance", LogFields.Score),
        ("input_token", LogFields.InputTokens),
        ("prompt_tokens", LogFields.InputTokens),
        ("output_token", LogFields.OutputTokens),
        ("completion_tokens", LogFields.OutputTokens),
        ("cost", LogFields.Cost),
        ("latency_ms", LogFields.LatencyMs),
    ];

    public static bool IsNested(JsonElement line) =>
        line.ValueKind == JsonValueKind.Object && line.TryGetProperty(Models, out _);

    /// <summary>One flat record per model of the line; problems of the map itself are errors on the line.</summary>
    public static IEnumerable<LogRawRecord> Expand(int line, JsonElement value, LogErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var models = value.GetProperty(Models);
        if (models.ValueKind != JsonValueKind.Object)
        {
            errors.Add(line, Models, "must be an object of model name to {\"response\": …, \"task_performance\": …}");
            yield break;
        }

        var shared = new Dictionary<string, LogCell>(StringComparer.Ordinal);
        foreach (var (nested, flat) in QueryFields)
        {
            if (!shared.ContainsKey(flat) && value.TryGetProperty(nested, out var cell))
            {
                shared[flat] = LogCell.FromJson(cell);
            }
        }

        var any = false;
        foreach (var model in models.EnumerateObject())
        {
            any = true;
            var prefix = $"{Models}.{model.Name}.";
            if (model.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add(line, prefix.TrimEnd('.'), "must be an object like {\"response\": \"…\", \"task_performance\": 1.0}");
                continue;
            }

            var cells = new Dictionary<string, LogCell>(shared, StringComparer.Ordinal)
            {
                [LogFields.Model] = LogCell.FromText(model.Name),
            };
            foreach (var (nested, flat) in AnswerFields)
            {
                if (!cells.ContainsKey(flat) && model.Value.TryGetProperty(nested, out var cell) && cell.ValueKind != JsonValueKind.Null)
                {
                    cells[flat] = LogCell.FromJson(cell);
                }
            }

            yield return new LogRawRecord(line, cells, prefix);
        }

        if (!any)
        {
            errors.Add(line, Models, "names no model");
        }
    }
}
