using System.Text.Json;
using CsvHelper;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// JSONL: <c>{"messages": [...the prompt's conversation..., {"role": "assistant", "content": answer}], "metadata": {...}}</c>.
/// CSV: one row per example with <c>prompt</c> and <c>answer</c> columns, which the dataset import reads back.
/// </summary>
public sealed class SftShape : IExportShape<SftRow>
{
    private static readonly FlatExportShape<SftRow> _metadata = new(
    [
        new("run_id", r => r.RunId),
        new("prompt_id", r => r.Prompt.PromptId),
        new("ordinal", r => r.Prompt.Ordinal),
        new("external_id", r => r.Prompt.ExternalId),
        new("language", r => r.Prompt.Language),
        new("task", r => r.Prompt.Task),
        new("rule", r => ExportSlugs.Of(r.Rule)),
        new("source", r => r.Answer.Source),
        new("score", r => r.Answer.Score),
    ]);

    private static readonly FlatExportShape<SftRow> _csv = new(
    [
        new("prompt", r => r.Prompt.Text),
        new("answer", r => r.Answer.Text),
        new("language", r => r.Prompt.Language),
        new("task", r => r.Prompt.Task),
        new("run_id", r => r.RunId),
        new("prompt_id", r => r.Prompt.PromptId),
        new("ordinal", r => r.Prompt.Ordinal),
        new("external_id", r => r.Prompt.ExternalId),
        new("rule", r => ExportSlugs.Of(r.Rule)),
        new("source", r => r.Answer.Source),
        new("score", r => r.Answer.Score),
    ]);

    public IReadOnlyList<string> Headers => _csv.Headers;

    public void WriteCsv(IWriterRow csv, SftRow row) => _csv.WriteCsv(csv, row);

    public void WriteJson(Utf8JsonWriter json, SftRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(row);
        json.WriteStartObject();
        json.WriteStartArray("messages");
        ChatJson.WriteMessages(json, row.Prompt.Conversation);
        ChatJson.WriteMessage(json, ChatRole.Assistant, row.Answer.Text);
        json.WriteEndArray();
        json.WritePropertyName("metadata");
        json.WriteStartObject();
        _metadata.WriteProperties(json, row);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
