using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Analysis;

/// <summary>Win rates with seeded bootstrap intervals, for a whole run and per group of prompts.</summary>
public static class WinRateAnalysis
{
    public static WinRateEstimate Estimate(IEnumerable<PromptOutcome> outcomes, int seed, BootstrapOptions options) =>
        Estimate(outcomes, StableRandom.SeedFrom(seed), options);

    /// <summary>One estimate per group, in key order; each group's resamples have a seed of their own.</summary>
    public static IReadOnlyList<WinRateGroup> Breakdown(IEnumerable<(string Group, PromptOutcome Outcome)> outcomes, int seed, BootstrapOptions options) =>
        outcomes.GroupBy(o => o.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, index) => new WinRateGroup(g.Key, Estimate(g.Select(o => o.Outcome), StableRandom.SeedFrom(seed, index + 1), options)))
            .ToList();

    private static WinRateEstimate Estimate(IEnumerable<PromptOutcome> outcomes, ulong seed, BootstrapOptions options)
    {
        var prompts = outcomes.GroupBy(o => o.PromptId).Select(g => OutcomeCounts.Of(g.Select(o => o.Outcome))).ToList();
        if (prompts.Count == 0)
        {
            return WinRateEstimate.Empty;
        }

        var total = prompts.Aggregate(default(OutcomeCounts), (sum, p) => sum + p);
        return new WinRateEstimate(total, prompts.Count, ClusterBootstrap.PercentileInterval(prompts, seed, options));
    }
}
