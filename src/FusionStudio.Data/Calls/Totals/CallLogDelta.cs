namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// What one save added to a run's call log for one purpose: the additive parts of <see cref="CallTotals"/>, the
/// prompts that this save's calls served first in that step, and how much they raised the sum over prompts of the
/// step's slowest call (<see cref="PromptStepLatency"/>). A run's totals are the sum of its rows. Rows are only ever
/// appended, so writers that store calls side by side never queue on one hot row.
/// </summary>
public sealed class CallLogDelta
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public ModelCallPurpose Purpose { get; set; }

    public int Calls { get; set; }

    /// <summary>Prompts that had no call of this purpose before this save.</summary>
    public int NewPrompts { get; set; }

    public int Attempts { get; set; }

    public int CacheHits { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public decimal Cost { get; set; }

    public long LatencyMs { get; set; }

    public int MaxLatencyMs { get; set; }

    /// <summary>By how much this save raised the sum over the step's prompts of each prompt's slowest call.</summary>
    public long SlowestCallsMs { get; set; }
}
