using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Where a run stands, from its prompts grouped by stage. Stages are cumulative: a prompt that reached a stage has
/// passed every earlier one. A failed prompt went through every step too, with errors in some of them.
/// </summary>
public sealed record RunProgress(
    int RunId,
    string Name,
    RunStatus Status,
    string? StopReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int PromptCount,
    IReadOnlyDictionary<PromptStage, int> Stages)
{
    public int Generated => Reached(PromptStage.Generated);

    public int Scored => Reached(PromptStage.Scored);

    public int Aggregated => Reached(PromptStage.Aggregated);

    public int Done => Count(PromptStage.Done);

    public int Failed => Count(PromptStage.Failed);

    /// <summary>Prompts that need no more work: done or failed.</summary>
    public int Processed => Done + Failed;

    public int Count(PromptStage stage) => Stages.GetValueOrDefault(stage);

    public int Reached(PromptStage stage) => stage == PromptStage.Failed
        ? Failed
        : Stages.Where(s => s.Key >= stage).Sum(s => s.Value);
}
