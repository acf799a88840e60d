namespace FusionStudio.Domain.Runs;

/// <summary>
/// How many of a run's prompts are done or failed, persisted as the run advances. Calls, tokens and cost are not kept
/// here: they are read from the call log, so they cannot lag.
/// </summary>
public sealed class RunCounters
{
    public int PromptCount { get; set; }

    public int PromptsDone { get; set; }

    public int PromptsFailed { get; set; }
}
