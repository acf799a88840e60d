using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Reports;

namespace FusionStudio.UnitTests.Components;

public sealed class MethodQualityCostChartTests : MudTestContext
{
    private static MethodScores Scores(AggregationMethod method, int score, int count) =>
        new(method, ScoreDistribution.FromCounts([new ScoreCount(score, count)]));

    private static MethodCost Cost(AggregationMethod method, decimal perPrompt) =>
        new(method, 10, 10, 0, 0, perPrompt * 10, perPrompt, null, "");

    [Fact]
    public void Each_method_with_a_score_and_a_cost_is_one_labelled_point_further_right_when_it_costs_more()
    {
        var chart = Render<MethodQualityCostChart>(p => p
            .Add(c => c.Scores, [Scores(AggregationMethod.FusionOfN, 8, 10), Scores(AggregationMethod.RoutedFusion, 7, 10), Scores(AggregationMethod.Mbr, 6, 10)])
            .Add(c => c.Costs, [Cost(AggregationMethod.FusionOfN, 0.004m), Cost(AggregationMethod.RoutedFusion, 0.001m)]));

        var points = chart.FindAll("[data-testid=method-point]");
        Assert.Equal(2, points.Count);
        Assert.Contains("Fusion-of-N: mean score 8", points[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Routed FusioN: mean score 7", points[1].TextContent, StringComparison.Ordinal);
        double X(int i) => double.Parse(points[i].QuerySelector("circle")!.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
        double Y(int i) => double.Parse(points[i].QuerySelector("circle")!.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(X(0) > X(1));
        Assert.True(Y(0) < Y(1), "a higher score is drawn higher up");
    }

    [Fact]
    public void One_method_alone_draws_no_chart()
    {
        var chart = Render<MethodQualityCostChart>(p => p
            .Add(c => c.Scores, [Scores(AggregationMethod.FusionOfN, 8, 10)])
            .Add(c => c.Costs, [Cost(AggregationMethod.FusionOfN, 0.004m)]));

        Assert.Empty(chart.FindAll("[data-testid=method-quality-cost]"));
    }
}
