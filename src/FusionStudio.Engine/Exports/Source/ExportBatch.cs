using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// A slice of a run's prompts with what is stored for them. An export reads a run one batch at a time, so memory
/// depends on the batch size, never on the size of the run.
/// </summary>
public sealed class ExportBatch(
    int runId,
    IReadOnlyList<ExportPrompt> prompts,
    IReadOnlyList<ExportCandidate> candidates,
    IReadOnlyList<ExportAggregate> aggregates,
    IReadOnlyList<ExportComparison> comparisons,
    IReadOnlyList<ExportReview> reviews)
{
    private readonly ILookup<long, ExportCandidate> _candidates = candidates.ToLookup(c => c.PromptId);
    private readonly ILookup<long, ExportAggregate> _aggregates = aggregates.ToLookup(a => a.PromptId);
    private readonly ILookup<long, ExportComparison> _comparisons = comparisons.ToLookup(c => c.PromptId);
    private readonly ILookup<long, ExportReview> _reviews = reviews.ToLookup(r => r.PromptId);

    public int RunId { get; } = runId;

    /// <summary>In the run's order (dataset ordinal).</summary>
    public IReadOnlyList<ExportPrompt> Prompts { get; } = prompts;

    /// <summary>A prompt's candidates in canonical order: teacher position, then sample index.</summary>
    public IEnumerable<ExportCandidate> CandidatesOf(long promptId) =>
        _candidates[promptId].OrderBy(c => c.TeacherPosition).ThenBy(c => c.SampleIndex).ThenBy(c => c.Id);

    public IEnumerable<ExportAggregate> AggregatesOf(long promptId) => _aggregates[promptId].OrderBy(a => a.Method);

    public ExportAggregate? AggregateOf(long promptId, AggregationMethod method) =>
        _aggregates[promptId].FirstOrDefault(a => a.Method == method);

    public IEnumerable<ExportComparison> ComparisonsOf(long promptId) =>
        _comparisons[promptId].OrderBy(c => c.MethodA).ThenBy(c => c.MethodB);

    public IEnumerable<ExportReview> ReviewsOf(long promptId) => _reviews[promptId].OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
}
