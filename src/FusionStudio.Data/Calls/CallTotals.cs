namespace FusionStudio.Data.Calls;

/// <summary>
/// Summed rows of the call log: how many calls, over how many prompts, how many requests they took, how many came
/// from the cache, how many failed and still stand behind a stored result (a failure that "retry failed" or a
/// re-ask replaced is history, not counted), tokens, cost, and the calls' latencies added up and at most.
/// </summary>
public sealed record CallTotals(
    int Calls, int Prompts, int Attempts, int CacheHits, int Failed, long InputTokens, long OutputTokens, decimal Cost, long LatencyMs, int MaxLatencyMs)
{
    public static CallTotals None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0m, 0, 0);

    /// <summary>Calls of several kinds together; the prompt count is the largest of them, not their sum.</summary>
    public static CallTotals operator +(CallTotals left, CallTotals right) => new(
        left.Calls + right.Calls,
        Math.Max(left.Prompts, right.Prompts),
        left.Attempts + right.Attempts,
        left.CacheHits + right.CacheHits,
        left.Failed + right.Failed,
        left.InputTokens + right.InputTokens,
        left.OutputTokens + right.OutputTokens,
        left.Cost + right.Cost,
        left.LatencyMs + right.LatencyMs,
        Math.Max(left.MaxLatencyMs, right.MaxLatencyMs));
}
