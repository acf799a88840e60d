namespace FusionStudio.Domain.Runs;

/// <summary>Progress, tokens and cost of a run, persisted as the run advances.</summary>
public sealed class RunCounters
{
    public int PromptCount { get; set; }

    public int PromptsDone { get; set; }

    public int PromptsFailed { get; set; }

    public int ModelCalls { get; set; }

    public int CacheHits { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public decimal Cost { get; set; }
}
