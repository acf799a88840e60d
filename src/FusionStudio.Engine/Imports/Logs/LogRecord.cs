using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>One checked record of a model log: one model's response to one query, with what the log says it cost.</summary>
/// <param name="Line">The line of the file the record starts on (1-based, the CSV header is line 1).</param>
/// <param name="Query">The query as plain text: the whole query, or the last user message of a chat.</param>
/// <param name="Messages">The chat for chat-shaped queries; empty for plain ones.</param>
public sealed record LogRecord(
    int Line,
    string? QueryId,
    string Query,
    IReadOnlyList<PromptMessage> Messages,
    string Model,
    string Response,
    double? Score,
    decimal? Cost,
    int? InputTokens,
    int? OutputTokens,
    double? LatencyMs,
    string? Task,
    string? Language)
{
    /// <summary>The query's reference answer, when the log gives one.</summary>
    public string? Reference { get; init; }
}
