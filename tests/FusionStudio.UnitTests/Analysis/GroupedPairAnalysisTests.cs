using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Testing;

namespace FusionStudio.UnitTests.Analysis;

public sealed class GroupedPairAnalysisTests
{
    private static readonly MethodPair _pair = MethodPair.FusionVersusBestOfN;
    private static readonly string[] _languages = ["en", "ar", "de"];
    private static readonly string[] _tasks = ["qa", "math"];

    [Fact]
    public void Comparisons_counted_per_group_give_the_same_report_as_one_row_each()
    {
        var random = new Random(11);
        PairVerdict? Verdict() => random.Next(5) switch { 0 => null, 1 => PairVerdict.A, 2 => PairVerdict.B, _ => PairVerdict.Tie };
        var rows = Enumerable.Range(1, 600).Select(p =>
        {
            // Both stored orders of the pair, and another pair that must be left out.
            var (a, b) = (p % 7) switch
            {
                0 => (AggregationMethod.BestOfN, AggregationMethod.FusionOfN),
                1 => (AggregationMethod.FusionOfN, AggregationMethod.Mbr),
                _ => (AggregationMethod.FusionOfN, AggregationMethod.BestOfN),
            };
            return new ComparisonRow(p, a, b, Verdict(), Verdict(), Verdict(), _languages[p % 3], _tasks[p % 2]);
        }).ToList();
        var reviews = Enumerable.Range(0, 120).Select(i => new ReviewRow(
            1 + (i * 13 % 600), i % 4 == 0 ? AggregationMethod.BestOfN : AggregationMethod.FusionOfN, i % 4 == 0 ? AggregationMethod.FusionOfN : AggregationMethod.BestOfN,
            $"reviewer-{i % 3}", (HumanVerdict)(i % 4))).ToList();
        var groups = rows.GroupBy(c => (c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, c.Language, c.Task))
            .Select(g => new ComparisonGroup(g.Key.MethodA, g.Key.MethodB, g.Key.Final, g.Key.VerdictAFirst, g.Key.VerdictBFirst, g.Key.Language, g.Key.Task, g.Count()))
            .ToList();
        var reviewed = rows.Where(r => reviews.Any(v => v.PromptId == r.PromptId)).ToList();

        var grouped = PairAnalysis.Analyze(_pair, groups, reviewed, reviews, 0.95);

        Assert.True(groups.Count < rows.Count, $"{groups.Count} groups for {rows.Count} rows");
        Assert.True(grouped.Human.Reviews > 0 && grouped.Human.Table.Total > 0);
        RowLevelPairAnalysis.AssertSame(RowLevelPairAnalysis.Analyze(_pair, rows, reviews, 0.95), grouped);
        RowLevelPairAnalysis.AssertSame(RowLevelPairAnalysis.Analyze(_pair, rows, reviews, 0.95), PairAnalysis.Analyze(_pair, rows, reviews, 0.95));
    }
}
