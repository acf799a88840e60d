using FusionStudio.Web.Components.Pages.Runs.Report;

namespace FusionStudio.UnitTests.Reports;

public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(5, 1, 5)]
    [InlineData(7, 2, 8)]
    [InlineData(23, 5, 25)]
    [InlineData(48, 10, 50)]
    [InlineData(960, 200, 1000)]
    public void A_count_axis_ends_at_the_first_tick_above_the_data(int largest, int step, int top)
    {
        Assert.Equal(new ChartScale(step, top), ChartScale.ForCounts(largest));
    }
}
