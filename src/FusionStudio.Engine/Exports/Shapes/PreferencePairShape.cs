using System.Text.Json;
using CsvHelper;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// JSONL in the conversational preference shape: <c>{"prompt": [messages], "chosen": [assistant message],
/// "rejected": [assistant message], "metadata": {...}}</c>. CSV: <c>prompt</c>, <c>chosen</c>, <c>rejected</c> as text.
/// </summary>
public sealed class PreferencePairShape : IExportShape<PreferencePairRow>
{
    private static readonly FlatExportShape<PreferencePairRow> _metadata = new(
    [
        new("run_id", r => r.RunId),
        new("prompt_id", r => r.Prompt.PromptId),
        new("ordinal", r => r.Prompt.Ordinal),
        new("external_id", r => r.Prompt.ExternalId),
        new("language", r => r.Prompt.Language),
        new("task", r => r.Prompt.Task),
        new("rule", r => ExportSlugs.Of(r.Rule)),
        new("chosen_source", r => r.Chosen.Source),
        new("chosen_score", r => r.Chosen.Score),
        new("rejected_source", r => r.Rejected.Source),
        new("rejected_score", r => r.Rejected.Score),
        new("rejected_candidate_id", r => r.Rejected.CandidateId),
    ]);

    private static readonly FlatExportShape<PreferencePairRow> _csv = new(
    [
        new("prompt", r => r.Prompt.Text),
        new("chosen", r => r.Chosen.Text),
        new("rejected", r => r.Rejected.Text),
        new("language", r => r.Prompt.Language),
        new("task", r => r.Prompt.Task),
        new("run_id", r => r.RunId),
        new("prompt_id", r => r.Prompt.PromptId),
        new("ordinal", r => r.Prompt.Ordinal),
        new("external_id", r => r.Prompt.ExternalId),
        new("rule", r => ExportSlugs.Of(r.Rule)),
        new("chosen_source", r => r.Chosen.Source),
        new("chosen_score", r => r.Chosen.Score),
        new("rejected_source", r => r.Rejected.Source),
        new("rejected_score", r => r.Rejected.Score),
        new("rejected_candidate_id", r => r.Rejected.CandidateId),
    ]);

    public IReadOnlyList<string> Headers => _csv.Headers;

    public void WriteCsv(IWriterRow csv, PreferencePairRow row) => _csv.WriteCsv(csv, row);

    public void WriteJson(Utf8JsonWriter json, PreferencePairRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(row);
        json.WriteStartObject();
        json.WriteStartArray("prompt");
        ChatJson.WriteMessages(json, row.Prompt.Conversation);
        json.WriteEndArray();
        json.WriteStartArray("chosen");
        ChatJson.WriteMessage(json, ChatRole.Assistant, row.Chosen.Text);
        json.WriteEndArray();
        json.WriteStartArray("rejected");
        ChatJson.WriteMessage(json, ChatRole.Assistant, row.Rejected.Text);
        json.WriteEndArray();
        json.WritePropertyName("metadata");
        json.WriteStartObject();
        _metadata.WriteProperties(json, row);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
