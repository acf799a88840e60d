namespace FusionStudio.Engine.Analysis;

/// <summary>Summed usage of a set of model calls, and over how many prompts they were spread.</summary>
public sealed record UsageTotals(int Prompts, int Calls, long InputTokens, long OutputTokens, decimal Cost, long LatencyMs)
{
    public static UsageTotals None { get; } = new(0, 0, 0, 0, 0m, 0);

    public decimal CostPerPrompt => Prompts == 0 ? 0m : Cost / Prompts;

    public double? MeanLatencyMs => Calls == 0 ? null : (double)LatencyMs / Calls;

    /// <summary>
    /// For the calls of one step: the mean over prompts of the step's slowest call, the time the step takes for a
    /// prompt when its calls run side by side. Null where it was not read from the call log.
    /// </summary>
    public double? StepLatencyMs { get; init; }

    /// <summary>Calls of two kinds together; the prompt count is the larger of the two, not their sum.</summary>
    public static UsageTotals operator +(UsageTotals left, UsageTotals right) => new(
        Math.Max(left.Prompts, right.Prompts),
        left.Calls + right.Calls,
        left.InputTokens + right.InputTokens,
        left.OutputTokens + right.OutputTokens,
        left.Cost + right.Cost,
        left.LatencyMs + right.LatencyMs);
}
