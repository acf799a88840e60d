using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class MeanIntervalTests
{
    private static readonly BootstrapOptions _options = new();

    [Fact]
    public void The_bootstrap_is_used_up_to_the_threshold_and_the_normal_interval_above_it()
    {
        Assert.Equal(1000, _options.MaxResampledValues);
        Assert.Equal(MeanIntervalKind.PercentileBootstrap, MeanInterval.KindOf(1000, _options));
        Assert.Equal(MeanIntervalKind.Normal, MeanInterval.KindOf(1001, _options));

        // At the threshold the interval is the seeded bootstrap: the same seed gives it again, another seed moves it.
        var values = Sample(1000, 3);
        Assert.Equal(MeanInterval.Of(values, 5, _options), MeanInterval.Of(values, 5, _options));
        Assert.NotEqual(MeanInterval.Of(values, 5, _options), MeanInterval.Of(values, 6, _options));

        // Above it the interval no longer depends on the seed: it is a function of the values.
        var more = Sample(1001, 3);
        Assert.Equal(MeanInterval.Of(more, 5, _options), MeanInterval.Of(more, 6, _options));
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(20000)]
    public void Above_the_threshold_the_normal_interval_matches_the_bootstrap_it_replaces(int count)
    {
        var values = Sample(count, 9);
        var bootstrapped = MeanInterval.Of(values, 17, new BootstrapOptions { MaxResampledValues = int.MaxValue })!.Value;

        var normal = MeanInterval.Of(values, 17, _options)!.Value;

        // Scores from 1 to 10, skewed: the two agree to a small share of the interval's width, as the bootstrap's own
        // resampling noise does at 2,000 resamples.
        var width = bootstrapped.Upper - bootstrapped.Lower;
        Assert.InRange(normal.Lower, bootstrapped.Lower - (0.06 * width), bootstrapped.Lower + (0.06 * width));
        Assert.InRange(normal.Upper, bootstrapped.Upper - (0.06 * width), bootstrapped.Upper + (0.06 * width));
        var mean = values.Average();
        Assert.Equal(mean, (normal.Lower + normal.Upper) / 2, 9);
    }

    [Fact]
    public void The_pages_say_which_interval_they_show()
    {
        Assert.Equal("95% percentile bootstrap interval", MeanInterval.Describe(MeanIntervalKind.PercentileBootstrap, 0.95));
        Assert.Equal("95% normal interval of the mean (mean ± z·s/√n)", MeanInterval.Describe(MeanIntervalKind.Normal, 0.95));
    }

    // Judge-like scores: whole numbers 1..10 leaning high.
    private static double[] Sample(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (double)Math.Min(10, 1 + (int)Math.Floor(10 * Math.Sqrt(random.NextDouble())))).ToArray();
    }
}
