using FusionStudio.Domain.Runs;

namespace FusionStudio.Domain.Calls;

/// <summary>What a stored result (a candidate, a score, an aggregate, a comparison) used: the sum of its calls.</summary>
public static class CallUsage
{
    /// <summary>
    /// Tokens, cost and latency added up; the finish reason of the last call; a cache hit only when every call was
    /// one. No calls: nothing used.
    /// </summary>
    public static ModelCallUsage Total(IEnumerable<ModelCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var list = calls.ToList();
        return new ModelCallUsage
        {
            InputTokens = list.Sum(c => c.Usage.InputTokens),
            OutputTokens = list.Sum(c => c.Usage.OutputTokens),
            LatencyMs = list.Sum(c => c.Usage.LatencyMs),
            Cost = list.Sum(c => c.Usage.Cost),
            FinishReason = list.LastOrDefault()?.Usage.FinishReason,
            CacheHit = list.Count > 0 && list.All(c => c.Usage.CacheHit),
        };
    }
}
