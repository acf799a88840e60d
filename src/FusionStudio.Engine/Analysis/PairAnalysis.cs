using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Turns a run's comparison and review rows into the report of one pair. Rows stored for the pair the other way
/// round, (B, A), are read with their verdicts reversed, so every figure is about the pair's method A.
/// </summary>
public static class PairAnalysis
{
    /// <summary>The report from one row per comparison: the rows counted per group, then <see cref="Analyze(MethodPair, IEnumerable{ComparisonGroup}, IEnumerable{ComparisonRow}, IEnumerable{ReviewRow}, double)"/>.</summary>
    public static PairReport Analyze(MethodPair pair, IEnumerable<ComparisonRow> comparisons, IEnumerable<ReviewRow> reviews, double level)
    {
        var rows = comparisons.ToList();
        var groups = rows.GroupBy(c => (c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, c.Language, c.Task))
            .Select(g => new ComparisonGroup(g.Key.MethodA, g.Key.MethodB, g.Key.Final, g.Key.VerdictAFirst, g.Key.VerdictBFirst, g.Key.Language, g.Key.Task, g.Count()));
        return Analyze(pair, groups, rows, reviews, level);
    }

    /// <summary>
    /// The report from comparisons counted per group (a prompt has one comparison per pair), with one row per
    /// comparison only for the prompts people reviewed: their judge verdicts are set beside the reviews.
    /// </summary>
    public static PairReport Analyze(
        MethodPair pair, IEnumerable<ComparisonGroup> comparisons, IEnumerable<ComparisonRow> reviewedPrompts, IEnumerable<ReviewRow> reviews, double level)
    {
        var judged = comparisons.Where(c => Matches(pair, c.MethodA, c.MethodB)).ToList();
        var final = judged.Where(c => c.Final is not null)
            .Select(c => (Group: c, Counts: Times(Outcomes.FromVerdict(c.Final!.Value, Reversed(pair, c.MethodA)), c.Prompts)))
            .ToList();
        var judge = reviewedPrompts.Where(c => Matches(pair, c.MethodA, c.MethodB) && c.Final is not null)
            .ToDictionary(c => c.PromptId, c => Outcomes.FromVerdict(c.Final!.Value, Reversed(pair, c.MethodA)));

        return new PairReport(
            pair,
            Estimate(final.Select(f => f.Counts), level),
            Breakdown(final.Select(f => (f.Group.Language, f.Counts)), level),
            Breakdown(final.Select(f => (f.Group.Task, f.Counts)), level),
            PositionBias.Of(judged.SelectMany(c => Enumerable.Repeat((c.VerdictAFirst, c.VerdictBFirst), c.Prompts))),
            Human(pair, reviews, judge, level));
    }

    private static WinRateEstimate Estimate(IEnumerable<OutcomeCounts> counts, double level)
    {
        var total = counts.Aggregate(default(OutcomeCounts), (sum, c) => sum + c);
        return total.Total == 0 ? WinRateEstimate.Empty : new WinRateEstimate(total, total.Total, WinRateInterval.Of(total, total.Total, level));
    }

    private static IReadOnlyList<WinRateGroup> Breakdown(IEnumerable<(string Group, OutcomeCounts Counts)> counts, double level) =>
        counts.GroupBy(c => c.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WinRateGroup(g.Key, Estimate(g.Select(c => c.Counts), level)))
            .ToList();

    /// <summary>
    /// The judge's win rate of the pair from verdicts counted per stored pair and verdict, as the runs list loads them
    /// for many runs at once: the same figure as <see cref="Analyze"/>'s overall estimate, since a prompt has one
    /// final verdict per pair.
    /// </summary>
    public static WinRateEstimate Estimate(MethodPair pair, IEnumerable<VerdictCount> counts, double level)
    {
        var mine = counts.Where(c => Matches(pair, c.MethodA, c.MethodB));
        return Estimate(mine.Select(c => Times(Outcomes.FromVerdict(c.Final, Reversed(pair, c.MethodA)), c.Prompts)), level);
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
