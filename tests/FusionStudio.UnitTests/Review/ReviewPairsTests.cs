using FusionStudio.Domain.Runs;
using FusionStudio.Web.Review;

namespace FusionStudio.UnitTests.Review;

public sealed class ReviewPairsTests
{
    [Fact]
    public void The_first_comparison_pair_comes_first_then_every_other_two_methods_once()
    {
        var pairs = ReviewPairs.For(
            [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.FusionOfN],
            [MethodPair.FusionVersusBestOfN, new MethodPair(AggregationMethod.BestOfN, AggregationMethod.FusionOfN)]);

        Assert.Equal(
            [
                MethodPair.FusionVersusBestOfN,
                new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.Mbr),
                new MethodPair(AggregationMethod.Mbr, AggregationMethod.BestOfN),
            ],
            pairs);
    }

    [Fact]
    public void A_run_with_one_method_has_nothing_to_review()
    {
        Assert.Empty(ReviewPairs.For([AggregationMethod.BestOfN], []));
    }

    [Fact]
    public void A_comparison_pair_with_a_method_the_run_lacks_is_skipped()
    {
        var pairs = ReviewPairs.For([AggregationMethod.BestOfN, AggregationMethod.Random], [MethodPair.FusionVersusBestOfN]);

        Assert.Equal([new MethodPair(AggregationMethod.Random, AggregationMethod.BestOfN)], pairs);
    }
}
