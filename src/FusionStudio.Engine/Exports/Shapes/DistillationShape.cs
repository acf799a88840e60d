using System.Text.Json;
using CsvHelper;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// JSONL: <c>{"messages": [...the prompt's conversation..., {"role": "assistant", "content": answer}], "metadata": {...}}</c>,
/// as the SFT export writes it. CSV: <c>prompt</c> and <c>answer</c> first, which the dataset import reads back.
/// </summary>
public sealed class DistillationShape : IExportShape<DistillationRow>
{
    private static readonly ExportColumn<DistillationRow>[] _details =
    [
        new("language", r => r.Prompt.Language),
        new("task", r => r.Prompt.Task),
        new("run_id", r => r.RunId),
        new("prompt_id", r => r.Prompt.PromptId),
        new("ordinal", r => r.Prompt.Ordinal),
        new("external_id", r => r.Prompt.ExternalId),
        new("rank", r => r.Rank),
        new("source", r => r.Answer.Source),
        new("candidate_id", r => r.Answer.CandidateId),
        new("model", r => r.Model),
        new("performance", r => r.Performance),
        new("judge_score", r => r.JudgeScore),
    ];

    private static readonly FlatExportShape<DistillationRow> _metadata = new(_details);

    private static readonly FlatExportShape<DistillationRow> _csv = new(
        [new("prompt", r => r.Prompt.Text), new("answer", r => r.Answer.Text), .. _details]);

    public IReadOnlyList<string> Headers => _csv.Headers;

    public void WriteCsv(IWriterRow csv, DistillationRow row) => _csv.WriteCsv(csv, row);

    public void WriteJson(Utf8JsonWriter json, DistillationRow row)
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
