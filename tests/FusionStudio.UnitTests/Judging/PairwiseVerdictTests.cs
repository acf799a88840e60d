using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;

namespace FusionStudio.UnitTests.Judging;

public sealed class PairwiseVerdictTests
{
    [Theory]
    [InlineData(PairVerdict.A, false, PairVerdict.A)]
    [InlineData(PairVerdict.B, false, PairVerdict.B)]
    [InlineData(PairVerdict.Tie, false, PairVerdict.Tie)]
    [InlineData(PairVerdict.A, true, PairVerdict.B)]
    [InlineData(PairVerdict.B, true, PairVerdict.A)]
    [InlineData(PairVerdict.Tie, true, PairVerdict.Tie)]
    public void Maps_the_shown_winner_back_to_the_pair(PairVerdict shown, bool shownSwapped, PairVerdict expected) =>
        Assert.Equal(expected, new PairwiseVerdict(shown, null).ToPairTerms(shownSwapped));

    [Fact]
    public void A_consistent_judge_decides_the_pair()
    {
        // Pair A wins in both orders: shown first in order 1, shown second ("B") in order 2.
        Assert.Equal(PairVerdict.A, PairwiseVerdict.Combine(Shown(PairVerdict.A), Shown(PairVerdict.B)));
        Assert.Equal(PairVerdict.B, PairwiseVerdict.Combine(Shown(PairVerdict.B), Shown(PairVerdict.A)));
    }

    [Fact]
    public void A_judge_that_always_prefers_the_first_position_gives_a_tie() =>
        Assert.Equal(PairVerdict.Tie, PairwiseVerdict.Combine(Shown(PairVerdict.A), Shown(PairVerdict.A)));

    [Fact]
    public void A_tie_in_one_order_gives_a_tie() =>
        Assert.Equal(PairVerdict.Tie, PairwiseVerdict.Combine(Shown(PairVerdict.A), Shown(PairVerdict.Tie)));

    private static PairwiseVerdict Shown(PairVerdict verdict) => new(verdict, null);
}
