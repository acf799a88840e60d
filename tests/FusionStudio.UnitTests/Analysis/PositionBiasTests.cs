using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class PositionBiasTests
{
    [Fact]
    public void Counts_verdicts_that_change_with_the_order_among_those_asked_both_ways()
    {
        (PairVerdict?, PairVerdict?)[] comparisons =
        [
            (PairVerdict.A, PairVerdict.A),
            (PairVerdict.A, PairVerdict.B),
            (PairVerdict.B, PairVerdict.Tie),
            (PairVerdict.Tie, PairVerdict.Tie),
            (PairVerdict.A, null),
            (null, null),
        ];

        var bias = PositionBias.Of(comparisons);

        Assert.Equal(4, bias.BothOrders);
        Assert.Equal(2, bias.Flipped);
        Assert.Equal(0.5, bias.Share, 12);
    }

    [Fact]
    public void No_complete_comparison_gives_a_zero_share()
    {
        Assert.Equal(0, PositionBias.Of([(PairVerdict.A, null)]).Share);
    }
}
