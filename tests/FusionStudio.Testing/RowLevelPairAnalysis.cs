using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using Xunit;

namespace FusionStudio.Testing;

/// <summary>
/// The report's pair figures computed the way they were before comparisons were counted in SQL: one outcome per
/// comparison row, through <see cref="WinRateAnalysis"/>, with every row's judge verdict beside the reviews. The
/// reference the grouped report is pinned to.
/// </summary>
public static class RowLevelPairAnalysis
{
    public static PairReport Analyze(MethodPair pair, IReadOnlyList<ComparisonRow> comparisons, IReadOnlyList<ReviewRow> reviews, double level)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var judged = comparisons.Where(c => (c.MethodA, c.MethodB) == (pair.A, pair.B) || (c.MethodA, c.MethodB) == (pair.B, pair.A)).ToList();
        var final = judged.Where(c => c.Final is not null)
            .Select(c => (Row: c, Outcome: new PromptOutcome(c.PromptId, Outcomes.FromVerdict(c.Final!.Value, c.MethodA != pair.A))))
            .ToList();
        return new PairReport(
            pair,
            WinRateAnalysis.Estimate(final.Select(f => f.Outcome), level),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Language, f.Outcome)), level),
            WinRateAnalysis.Breakdown(final.Select(f => (f.Row.Task, f.Outcome)), level),
            PositionBias.Of(judged.Select(c => (c.VerdictAFirst, c.VerdictBFirst))),
            PairAnalysis.Analyze(pair, [], comparisons, reviews, level).Human);
    }

    /// <summary>Every figure of the two reports is the same (lists compared item by item).</summary>
    public static void AssertSame(PairReport expected, PairReport actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Pair, actual.Pair);
        Assert.Equal(expected.Judge, actual.Judge);
        Assert.Equal(expected.ByLanguage, actual.ByLanguage);
        Assert.Equal(expected.ByTask, actual.ByTask);
        Assert.Equal(expected.PositionBias, actual.PositionBias);
        Assert.Equal(expected.Human.WinRate, actual.Human.WinRate);
        Assert.Equal((expected.Human.Reviews, expected.Human.Reviewers, expected.Human.Agreement), (actual.Human.Reviews, actual.Human.Reviewers, actual.Human.Agreement));
        for (var row = 0; row < JudgeHumanTable.JudgeLabels.Count; row++)
        {
            for (var column = 0; column < JudgeHumanTable.HumanLabels.Count; column++)
            {
                Assert.Equal(expected.Human.Table[row, column], actual.Human.Table[row, column]);
            }
        }
    }
}
