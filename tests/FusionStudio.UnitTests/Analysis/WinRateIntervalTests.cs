using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

/// <summary>Wilson score intervals against values worked out by hand (z = 1.959964 for 95%).</summary>
public sealed class WinRateIntervalTests
{
    [Fact]
    public void Two_prompts_both_won_do_not_give_a_point_interval()
    {
        // p = 1, n = 2: centre (1 + z²/4) / (1 + z²/2) = 0.671190, half-width z·√(z²/16) / (1 + z²/2) = 0.328810.
        var interval = WinRateInterval.Of(new OutcomeCounts(2, 0, 0), 2, 0.95)!;

        Assert.Equal(0.342380, interval.Lower, 6);
        Assert.Equal(1.0, interval.Upper, 12);
    }

    [Fact]
    public void Five_losses_do_not_give_zero_to_zero()
    {
        var interval = WinRateInterval.Of(new OutcomeCounts(0, 0, 5), 5, 0.95)!;

        Assert.Equal(0.0, interval.Lower, 12);
        Assert.Equal(0.434482, interval.Upper, 6);
    }

    [Fact]
    public void Ties_count_half_and_n_is_the_number_of_prompts()
    {
        // 6 wins, 2 ties, 2 losses over 10 prompts: p = 0.7.
        var interval = WinRateInterval.Of(new OutcomeCounts(6, 2, 2), 10, 0.95)!;
        Assert.Equal(0.396778, interval.Lower, 6);
        Assert.Equal(0.892209, interval.Upper, 6);

        // Three reviewers on each of 4 prompts: 12 verdicts, p = 0.75, but n = 4 prompts.
        var clustered = WinRateInterval.Of(new OutcomeCounts(9, 0, 3), 4, 0.95)!;
        Assert.Equal(0.300642, clustered.Lower, 6);
        Assert.Equal(0.954413, clustered.Upper, 6);
    }

    [Fact]
    public void Nothing_counted_has_no_interval_and_a_bad_level_is_refused()
    {
        Assert.Null(WinRateInterval.Of(default, 0, 0.95));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WinRateInterval.Of(new OutcomeCounts(1, 0, 0), 1, 95));
        Assert.Equal("level", error.ParamName);
    }

    [Fact]
    public void The_same_prompts_give_the_same_interval_overall_and_in_their_only_language()
    {
        var pair = MethodPair.FusionVersusBestOfN;
        var rows = Enumerable.Range(1, 7)
            .Select(i => new ComparisonRow(i, pair.A, pair.B, i % 3 == 0 ? PairVerdict.B : PairVerdict.A, null, null, "fr", "qa"))
            .ToList();

        var report = PairAnalysis.Analyze(pair, rows, [], 0.95);

        Assert.Equal(report.Judge.Interval, Assert.Single(report.ByLanguage).Estimate.Interval);
        Assert.Equal(report.Judge.Interval, Assert.Single(report.ByTask).Estimate.Interval);
        Assert.True(report.Judge.TooFewPrompts);
    }
}
