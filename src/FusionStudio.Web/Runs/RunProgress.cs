using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Where a run stands: its status and its prompts counted by stage (<see cref="PromptStageTally"/>, the counting rule
/// the runs list and the API share). The run page's panel, status and prompt table all read one such snapshot.
/// </summary>
public sealed record RunProgress(
    int RunId,
    string Name,
    RunStatus Status,
    string? StopReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int PromptCount,
    PromptStageTally Tally)
{
    public int Generated => Tally.Reached(PromptStage.Generated);

    public int Scored => Tally.Reached(PromptStage.Scored);

    public int Aggregated => Tally.Reached(PromptStage.Aggregated);

    public int Done => Tally.Done;

    public int Failed => Tally.Failed;

    public int Processed => Tally.Processed;

    /// <summary>Prompts still to advance: planned but neither done nor failed.</summary>
    public int InProgress => PromptCount - Processed;

    /// <summary>Whether the other snapshot shows the same status and the same prompts at the same stages.</summary>
    public bool SameAs(RunProgress? other) =>
        other is not null && Status == other.Status && PromptCount == other.PromptCount && StopReason == other.StopReason
        && Tally.SameAs(other.Tally);
}
