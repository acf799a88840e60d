using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>Everything a run stored for one prompt: its candidates, each method's answer, the comparisons and the calls.</summary>
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
    int? NextAt = null)
{
    /// <summary>Every call of the prompt in the order they started: the Calls tab's trace.</summary>
    public IReadOnlyList<ModelCall> Calls { get; init; } = [];

    /// <summary>The router's ranking for the prompt, when the run has routed methods.</summary>
    public RouteDetail? Route { get; init; }

    /// <summary>Names of the teachers that answered, judged or fused for this prompt, by id.</summary>
    public IReadOnlyDictionary<int, string> TeacherNames { get; init; } = new Dictionary<int, string>();

    public ModelCallUsage UsageOf(Comparison comparison) => CallUsage.Total(Calls.Where(c => c.ComparisonId == comparison.Id));
}
