using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class PairAnalysisTests
{
    private static readonly MethodPair _pair = MethodPair.FusionVersusBestOfN;
    private static readonly BootstrapOptions _options = new();

    [Fact]
    public void Reads_rows_stored_the_other_way_round_from_method_A()
    {
        ComparisonRow[] rows =
        [
            Row(1, PairVerdict.A, "en", "qa"),
            Row(2, PairVerdict.Tie, "ar", "qa"),
            // Stored as (BoN, FusioN): B is FusioN, so this is a FusioN win.
            new(3, AggregationMethod.BestOfN, AggregationMethod.FusionOfN, PairVerdict.B, PairVerdict.B, PairVerdict.B, "ar", "math"),
            // Another pair: left out.
            new(4, AggregationMethod.FusionOfN, AggregationMethod.Mbr, PairVerdict.B, PairVerdict.B, PairVerdict.B, "en", "qa"),
        ];

        var report = PairAnalysis.Analyze(_pair, rows, [], _options.Level);

        Assert.Equal(new OutcomeCounts(2, 1, 0), report.Judge.Counts);
        Assert.Equal(2.5 / 3, report.Judge.Rate, 12);
        Assert.Equal(["ar", "en"], report.ByLanguage.Select(g => g.Key));
        Assert.Equal(new OutcomeCounts(1, 1, 0), report.ByLanguage[0].Estimate.Counts);
        Assert.Equal(["math", "qa"], report.ByTask.Select(g => g.Key));
        Assert.Equal(HumanReviewSummary.None, report.Human);
    }

    [Fact]
    public void Position_bias_counts_complete_comparisons_of_the_pair()
    {
        ComparisonRow[] rows =
        [
            Row(1, PairVerdict.A, "en", "qa") with { VerdictBFirst = PairVerdict.A },
            Row(2, PairVerdict.Tie, "en", "qa") with { VerdictAFirst = PairVerdict.A, VerdictBFirst = PairVerdict.B },
            Row(3, null, "en", "qa") with { VerdictAFirst = PairVerdict.A, VerdictBFirst = null },
        ];

        var bias = PairAnalysis.Analyze(_pair, rows, [], _options.Level).PositionBias;

        Assert.Equal(new PositionBias(2, 1), bias);
    }

    [Fact]
    public void Human_reviews_give_a_win_rate_and_agreement_with_the_judge()
    {
        ComparisonRow[] rows = [Row(1, PairVerdict.A, "en", "qa"), Row(2, PairVerdict.B, "en", "qa"), Row(3, PairVerdict.Tie, "en", "qa")];
        ReviewRow[] reviews =
        [
            Review(1, "ana", HumanVerdict.A),
            Review(1, "ben", HumanVerdict.BothBad),
            Review(2, "ana", HumanVerdict.B),
            Review(3, "ana", HumanVerdict.Tie),
            // Prompt 9 has no judge verdict: in the win rate, not in the agreement.
            Review(9, "ben", HumanVerdict.A),
        ];

        var human = PairAnalysis.Analyze(_pair, rows, reviews, _options.Level).Human;

        Assert.Equal(5, human.Reviews);
        Assert.Equal(2, human.Reviewers);
        Assert.Equal(4, human.WinRate.Prompts);
        Assert.Equal(new OutcomeCounts(2, 2, 1), human.WinRate.Counts);
        Assert.Equal(0.6, human.WinRate.Rate, 12);
        // Judge vs people on prompts 1, 1, 2, 3: (W,W) (W,both bad) (L,L) (T,T). "Both bad" is not a preference:
        // it has its own column in the table and stays out of κ. p_o = 3/3; p_e = (1 + 1 + 1) / 9; κ = 1.
        Assert.Equal(4, human.Table.Total);
        Assert.Equal(1, human.Table[0, JudgeHumanTable.BothBadColumn]);
        Assert.Equal(1, human.Table[0, 0]);
        Assert.Equal(1, human.Table[1, 1]);
        Assert.Equal(1, human.Table[2, 3]);
        Assert.Equal(3, human.Agreement.Items);
        Assert.Equal(1.0, human.Agreement.Observed, 12);
        Assert.Equal(1.0, human.Agreement.Kappa!.Value, 12);
        Assert.True(human.Agreement.TooFew);
    }

    private static ComparisonRow Row(long prompt, PairVerdict? final, string language, string task) =>
        new(prompt, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, final, final, final, language, task);

    private static ReviewRow Review(long prompt, string reviewer, HumanVerdict verdict) =>
        new(prompt, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, reviewer, verdict);

    [Fact]
    public void Counted_verdicts_give_the_same_estimate_as_the_rows_they_count()
    {
        ComparisonRow[] rows =
        [
            Row(1, PairVerdict.A, "en", "qa"),
            Row(2, PairVerdict.A, "en", "qa"),
            Row(3, PairVerdict.Tie, "ar", "qa"),
            Row(4, PairVerdict.B, "ar", "qa"),
            new(5, AggregationMethod.BestOfN, AggregationMethod.FusionOfN, PairVerdict.B, PairVerdict.B, PairVerdict.B, "ar", "math"),
            new(6, AggregationMethod.FusionOfN, AggregationMethod.Mbr, PairVerdict.B, PairVerdict.B, PairVerdict.B, "en", "qa"),
        ];
        var counts = rows.GroupBy(r => (r.MethodA, r.MethodB, r.Final!.Value))
            .Select(g => new VerdictCount(g.Key.MethodA, g.Key.MethodB, g.Key.Item3, g.Count()));

        var counted = PairAnalysis.Estimate(_pair, counts, _options.Level);

        Assert.Equal(PairAnalysis.Analyze(_pair, rows, [], _options.Level).Judge, counted);
        Assert.Equal(new OutcomeCounts(3, 1, 1), counted.Counts);
        Assert.Equal(WinRateEstimate.Empty, PairAnalysis.Estimate(new MethodPair(AggregationMethod.Mbr, AggregationMethod.BestOfN), counts, _options.Level));
    }
}
