using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class SortedQuantileTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.25, 1.75)]
    [InlineData(1.0, 4.0)]
    public void Quantiles_interpolate_between_order_statistics(double q, double expected) =>
        Assert.Equal(expected, SortedQuantile.Of([1.0, 2.0, 3.0, 4.0], q), precision: 10);

    [Fact]
    public void One_value_is_every_quantile() => Assert.Equal(7.0, SortedQuantile.Of([7.0], 0.975));
}
