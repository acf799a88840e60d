using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>Everything a run stored for one prompt: its candidates, each method's answer and the comparisons.</summary>
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
    long? NextPromptId);
