namespace FusionStudio.Domain.Runs;

/// <summary>
/// A run's prompts counted by stage: the one rule for "done", "failed", "processed" and "reached a step" that the run
/// page, the runs list, the API and the completion check all share, so they cannot disagree. Stages are cumulative:
/// a prompt that reached a stage has passed every earlier one.
/// </summary>
public sealed record PromptStageTally(IReadOnlyDictionary<PromptStage, int> Stages)
{
    public static readonly PromptStageTally Empty = new(new Dictionary<PromptStage, int>());

    public int Total => Stages.Values.Sum();

    public int Done => Count(PromptStage.Done);

    public int Failed => Count(PromptStage.Failed);

    /// <summary>Prompts that need no more work: done or failed.</summary>
    public int Processed => Done + Failed;

    /// <summary>Prompts still to advance.</summary>
    public int InProgress => Total - Processed;

    public int Count(PromptStage stage) => Stages.GetValueOrDefault(stage);

    /// <summary>Prompts at <paramref name="stage"/> or past it; a failed prompt went through every step, with errors.</summary>
    public int Reached(PromptStage stage) => stage == PromptStage.Failed
        ? Failed
        : Stages.Where(s => s.Key >= stage).Sum(s => s.Value);

    /// <summary>Whether both tallies count the same prompts at the same stages.</summary>
    public bool SameAs(PromptStageTally other) =>
        other is not null && Stages.Count(s => s.Value != 0) == other.Stages.Count(s => s.Value != 0)
        && Stages.All(s => other.Count(s.Key) == s.Value);
}
