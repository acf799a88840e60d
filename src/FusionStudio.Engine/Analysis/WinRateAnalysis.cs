namespace FusionStudio.Engine.Analysis;

/// <summary>Win rates with their <see cref="WinRateInterval"/>, for a whole run and per group of prompts.</summary>
public static class WinRateAnalysis
{
    public static WinRateEstimate Estimate(IEnumerable<PromptOutcome> outcomes, double level)
    {
        var prompts = outcomes.GroupBy(o => o.PromptId).Select(g => OutcomeCounts.Of(g.Select(o => o.Outcome))).ToList();
        if (prompts.Count == 0)
        {
            return WinRateEstimate.Empty;
        }

        var total = prompts.Aggregate(default(OutcomeCounts), (sum, p) => sum + p);
        return new WinRateEstimate(total, prompts.Count, WinRateInterval.Of(total, prompts.Count, level));
    }

    /// <summary>One estimate per group, in key order.</summary>
    public static IReadOnlyList<WinRateGroup> Breakdown(IEnumerable<(string Group, PromptOutcome Outcome)> outcomes, double level) =>
        outcomes.GroupBy(o => o.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WinRateGroup(g.Key, Estimate(g.Select(o => o.Outcome), level)))
            .ToList();
}
