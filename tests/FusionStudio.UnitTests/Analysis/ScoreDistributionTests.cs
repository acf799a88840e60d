using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class ScoreDistributionTests
{
    [Fact]
    public void Bins_whole_points_and_reads_mean_and_median()
    {
        // Scores 3, 7, 7, 7.5, 10, 10: mean 44.5 / 6; median (7 + 7.5) / 2.
        var distribution = ScoreDistribution.FromCounts([new(7, 2), new(3, 1), new(10, 2), new(7.5, 1)]);

        Assert.Equal(6, distribution.Count);
        Assert.Equal([0, 0, 1, 0, 0, 0, 3, 0, 0, 2], distribution.Bins);
        Assert.Equal(44.5 / 6, distribution.Mean!.Value, 12);
        Assert.Equal(7.25, distribution.Median!.Value, 12);
    }

    [Fact]
    public void Odd_count_median_is_the_middle_score()
    {
        var distribution = ScoreDistribution.FromCounts([new(2, 2), new(9, 1)]);

        Assert.Equal(2, distribution.Median);
    }

    [Fact]
    public void No_scores_give_no_mean_or_median()
    {
        var distribution = ScoreDistribution.FromCounts([]);

        Assert.Equal(0, distribution.Count);
        Assert.Null(distribution.Mean);
        Assert.Null(distribution.Median);
        Assert.Equal(10, distribution.Bins.Count);
    }
}
