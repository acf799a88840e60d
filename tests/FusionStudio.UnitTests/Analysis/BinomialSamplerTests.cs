using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Analysis;

public sealed class BinomialSamplerTests
{
    [Theory]
    [InlineData(100_000, 0.3)]
    [InlineData(1_000, 0.02)]
    [InlineData(30, 0.5)]
    public void Draws_have_the_binomial_mean_and_variance(int trials, double p)
    {
        var sampler = new BinomialSampler(new StableRandom(42));
        const int Draws = 20_000;
        var values = Enumerable.Range(0, Draws).Select(_ => (double)sampler.Sample(trials, p)).ToList();

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (Draws - 1);
        var expectedVariance = trials * p * (1 - p);

        // Four standard errors of the mean; the variance within 5%.
        Assert.Equal(trials * p, mean, 4 * Math.Sqrt(expectedVariance / Draws));
        Assert.InRange(variance, expectedVariance * 0.95, expectedVariance * 1.05);
        Assert.All(values, v => Assert.InRange(v, 0, trials));
    }

    [Fact]
    public void Certain_and_impossible_outcomes_are_exact()
    {
        var sampler = new BinomialSampler(new StableRandom(1));

        Assert.Equal(5000, sampler.Sample(5000, 1));
        Assert.Equal(0, sampler.Sample(5000, 0));
        Assert.Equal(0, sampler.Sample(0, 0.5));
    }
}
