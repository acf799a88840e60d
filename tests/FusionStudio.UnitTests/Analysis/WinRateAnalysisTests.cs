using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class WinRateAnalysisTests
{
    private static readonly BootstrapOptions _options = new();

    [Fact]
    public void Counts_wins_ties_and_losses_with_half_a_point_per_tie()
    {
        // 6 wins, 2 ties, 2 losses: (6 + 1) / 10.
        var outcomes = Outcomes(6, 2, 2);

        var estimate = WinRateAnalysis.Estimate(outcomes, _options.Level);

        Assert.Equal(new OutcomeCounts(6, 2, 2), estimate.Counts);
        Assert.Equal(10, estimate.Prompts);
        Assert.Equal(0.7, estimate.Rate, 12);
        Assert.True(estimate.Interval!.Contains(0.7));
        Assert.Equal(estimate, WinRateAnalysis.Estimate(outcomes, _options.Level));
    }

    [Fact]
    public void Several_verdicts_on_one_prompt_count_once_as_a_prompt()
    {
        PromptOutcome[] outcomes = [new(1, Outcome.Win), new(1, Outcome.Tie), new(2, Outcome.Loss)];

        var estimate = WinRateAnalysis.Estimate(outcomes, _options.Level);

        Assert.Equal(2, estimate.Prompts);
        Assert.Equal(3, estimate.Verdicts);
        Assert.Equal(1.5 / 3, estimate.Rate, 12);
    }

    [Fact]
    public void Nothing_to_count_gives_the_empty_estimate()
    {
        Assert.Equal(WinRateEstimate.Empty, WinRateAnalysis.Estimate([], _options.Level));
    }

    [Fact]
    public void Breakdown_gives_each_group_its_own_counts_in_key_order()
    {
        var outcomes = Outcomes(3, 0, 1).Select(o => ("fr", o))
            .Concat(Outcomes(0, 2, 0).Select(o => ("ar", o with { PromptId = o.PromptId + 100 })));

        var groups = WinRateAnalysis.Breakdown(outcomes, _options.Level);

        Assert.Equal(["ar", "fr"], groups.Select(g => g.Key));
        Assert.Equal(new OutcomeCounts(0, 2, 0), groups[0].Estimate.Counts);
        // Two ties: rate 0.5, but two prompts say little, so the interval is wide (Wilson, n = 2).
        Assert.Equal(0.094531, groups[0].Estimate.Interval!.Lower, 6);
        Assert.Equal(0.905469, groups[0].Estimate.Interval!.Upper, 6);
        Assert.True(groups[0].Estimate.TooFewPrompts);
        Assert.Equal(0.75, groups[1].Estimate.Rate, 12);
    }

    [Theory]
    [InlineData(PairVerdict.A, false, Outcome.Win)]
    [InlineData(PairVerdict.B, false, Outcome.Loss)]
    [InlineData(PairVerdict.Tie, false, Outcome.Tie)]
    [InlineData(PairVerdict.A, true, Outcome.Loss)]
    [InlineData(PairVerdict.B, true, Outcome.Win)]
    public void Judge_verdicts_read_from_method_A(PairVerdict verdict, bool reversed, Outcome expected)
    {
        Assert.Equal(expected, FusionStudio.Engine.Analysis.Outcomes.FromVerdict(verdict, reversed));
    }

    [Theory]
    [InlineData(HumanVerdict.A, Outcome.Win)]
    [InlineData(HumanVerdict.B, Outcome.Loss)]
    [InlineData(HumanVerdict.Tie, Outcome.Tie)]
    [InlineData(HumanVerdict.BothBad, Outcome.Tie)]
    public void Human_both_bad_counts_as_a_tie(HumanVerdict verdict, Outcome expected)
    {
        Assert.Equal(expected, FusionStudio.Engine.Analysis.Outcomes.FromVerdict(verdict));
    }

    private static List<PromptOutcome> Outcomes(int wins, int ties, int losses) =>
        Enumerable.Repeat(Outcome.Win, wins).Concat(Enumerable.Repeat(Outcome.Tie, ties)).Concat(Enumerable.Repeat(Outcome.Loss, losses))
            .Select((o, i) => new PromptOutcome(i + 1, o)).ToList();
}
