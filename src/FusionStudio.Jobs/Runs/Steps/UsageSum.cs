using FusionStudio.Domain.Runs;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>The usage of a step that made several calls (re-asks, both orders of a comparison).</summary>
internal static class UsageSum
{
    public static ModelCallUsage Of(IReadOnlyCollection<ModelCallUsage> calls) => new()
    {
        InputTokens = calls.Sum(c => c.InputTokens),
        OutputTokens = calls.Sum(c => c.OutputTokens),
        LatencyMs = calls.Sum(c => c.LatencyMs),
        Cost = calls.Sum(c => c.Cost),
        FinishReason = calls.LastOrDefault()?.FinishReason,
        CacheHit = calls.Count > 0 && calls.All(c => c.CacheHit),
    };
}
