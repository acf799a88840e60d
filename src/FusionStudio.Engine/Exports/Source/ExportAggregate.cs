using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// One method's answer to a prompt (the run's own, over all candidates). <see cref="Score"/> is the judge's score of
/// the answer: the aggregate's own score for fused answers, the selected candidate's score for selectors.
/// </summary>
public sealed record ExportAggregate(
    long Id,
    long PromptId,
    AggregationMethod Method,
    int CandidateLimit,
    string? Text,
    long? SelectedCandidateId,
    IReadOnlyList<long> SourceCandidateIds,
    double? Score,
    ExportUsage Usage,
    string? Error);
