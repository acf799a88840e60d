using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>Everything a run stored for one prompt: its candidates, each method's answer and the comparisons.</summary>
/// <remarks>The neighbours follow the prompt table's filter and order when the page was opened from it; PreviousAt
/// and NextAt are their places in that order.</remarks>
public sealed record RunPromptDetail(
    int RunId,
    string RunName,
    RunStatus RunStatus,
    DatasetPrompt Prompt,
    PromptStage Stage,
    string? Error,
    IReadOnlyList<CandidateDetail> Candidates,
    IReadOnlyList<AggregateDetail> Aggregates,
    IReadOnlyList<Comparison> Comparisons,
    long? PreviousPromptId,
    long? NextPromptId,
    int? PreviousAt = null,
    int? NextAt = null);
