using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Turns a run's comparison and review rows into the report of one pair. Rows stored for the pair the other way
/// round, (B, A), are read with their verdicts reversed, so every figure is about the pair's method A.
/// </summary>
public static class PairAnalysis
{
    public static PairReport Analyze(MethodPair pair, IEnumerable<ComparisonRow> comparisons, IEnumerable<ReviewRow> reviews, double level)
    {
        var judged = comparisons.Where(c => Matches(pair, c.MethodA, c.MethodB)).ToList();
        var final = judged.Where(c => c.Final is not null)
            .Select(c => (Row: c, Outcome: new PromptOutcome(c.PromptId, Outcomes.FromVerdict(c.Final!.Value, Reversed(pair, c.MethodA)))))
            .ToList();

        return new PairReport(
            pair,
            WinRateAnalysis.Estimate(final.Select(f => f.Outcome), level),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Language, f.Outcome)), level),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Task, f.Outcome)), level),
            PositionBias.Of(judged.Select(c => (c.VerdictAFirst, c.VerdictBFirst))),
            Human(pair, reviews, final.ToDictionary(f => f.Row.PromptId, f => f.Outcome.Outcome), level));
    }

    /// <summary>
    /// The judge's win rate of the pair from verdicts counted per stored pair and verdict, as the runs list loads them
    /// for many runs at once: the same figure as <see cref="Analyze"/>'s overall estimate, since a prompt has one
    /// final verdict per pair.
    /// </summary>
    public static WinRateEstimate Estimate(MethodPair pair, IEnumerable<VerdictCount> counts, double level)
    {
        var mine = counts.Where(c => Matches(pair, c.MethodA, c.MethodB)).ToList();
        var total = mine.Aggregate(default(OutcomeCounts), (sum, c) => sum + Times(Outcomes.FromVerdict(c.Final, Reversed(pair, c.MethodA)), c.Prompts));
        var prompts = mine.Sum(c => c.Prompts);
        return prompts == 0 ? WinRateEstimate.Empty : new WinRateEstimate(total, prompts, WinRateInterval.Of(total, prompts, level));
    }

    private static OutcomeCounts Times(Outcome outcome, int prompts) => outcome switch
    {
        Outcome.Win => new OutcomeCounts(prompts, 0, 0),
        Outcome.Tie => new OutcomeCounts(0, prompts, 0),
        _ => new OutcomeCounts(0, 0, prompts),
    };

    private static HumanReviewSummary Human(MethodPair pair, IEnumerable<ReviewRow> reviews, Dictionary<long, Outcome> judge, double level)
    {
        var mine = reviews.Where(r => Matches(pair, r.MethodA, r.MethodB))
            .Select(r => (r.ReviewerId, r.Verdict, Outcome: new PromptOutcome(r.PromptId, Outcomes.FromVerdict(r.Verdict, Reversed(pair, r.MethodA)))))
            .ToList();
        if (mine.Count == 0)
        {
            return HumanReviewSummary.None;
        }

        var table = new JudgeHumanTable();
        foreach (var review in mine.Where(r => judge.ContainsKey(r.Outcome.PromptId)))
        {
            table.Add(judge[review.Outcome.PromptId], review.Verdict == HumanVerdict.BothBad ? null : review.Outcome.Outcome);
        }

        return new HumanReviewSummary(
            WinRateAnalysis.Estimate(mine.Select(r => r.Outcome), level),
            mine.Count,
            mine.Select(r => r.ReviewerId).Distinct(StringComparer.Ordinal).Count(),
            CohenKappa.FromTable(table.Preferences(), level: level))
        {
            Table = table,
        };
    }

    private static bool Matches(MethodPair pair, AggregationMethod a, AggregationMethod b) =>
        (a == pair.A && b == pair.B) || (a == pair.B && b == pair.A);

    private static bool Reversed(MethodPair pair, AggregationMethod storedA) => storedA != pair.A;
}
