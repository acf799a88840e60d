using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Turns a run's comparison and review rows into the report of one pair. Rows stored for the pair the other way
/// round, (B, A), are read with their verdicts reversed, so every figure is about the pair's method A.
/// </summary>
public static class PairAnalysis
{
    public static PairReport Analyze(MethodPair pair, IEnumerable<ComparisonRow> comparisons, IEnumerable<ReviewRow> reviews, int seed, BootstrapOptions options)
    {
        var judged = comparisons.Where(c => Matches(pair, c.MethodA, c.MethodB)).ToList();
        var final = judged.Where(c => c.Final is not null)
            .Select(c => (Row: c, Outcome: new PromptOutcome(c.PromptId, Outcomes.FromVerdict(c.Final!.Value, Reversed(pair, c.MethodA)))))
            .ToList();

        return new PairReport(
            pair,
            WinRateAnalysis.Estimate(final.Select(f => f.Outcome), seed, options),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Language, f.Outcome)), seed, options),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Task, f.Outcome)), seed, options),
            PositionBias.Of(judged.Select(c => (c.VerdictAFirst, c.VerdictBFirst))),
            Human(pair, reviews, final.ToDictionary(f => f.Row.PromptId, f => f.Outcome.Outcome), seed, options));
    }

    private static HumanReviewSummary Human(MethodPair pair, IEnumerable<ReviewRow> reviews, Dictionary<long, Outcome> judge, int seed, BootstrapOptions options)
    {
        var mine = reviews.Where(r => Matches(pair, r.MethodA, r.MethodB))
            .Select(r => (r.ReviewerId, Outcome: new PromptOutcome(r.PromptId, Outcomes.FromVerdict(r.Verdict, Reversed(pair, r.MethodA)))))
            .ToList();
        if (mine.Count == 0)
        {
            return HumanReviewSummary.None;
        }

        var bothJudged = mine.Where(r => judge.ContainsKey(r.Outcome.PromptId)).Select(r => (judge[r.Outcome.PromptId], r.Outcome.Outcome));
        return new HumanReviewSummary(
            WinRateAnalysis.Estimate(mine.Select(r => r.Outcome), seed, options),
            mine.Count,
            mine.Select(r => r.ReviewerId).Distinct(StringComparer.Ordinal).Count(),
            CohenKappa.Compute(bothJudged));
    }

    private static bool Matches(MethodPair pair, AggregationMethod a, AggregationMethod b) =>
        (a == pair.A && b == pair.B) || (a == pair.B && b == pair.A);

    private static bool Reversed(MethodPair pair, AggregationMethod storedA) => storedA != pair.A;
}
