using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.New;

namespace FusionStudio.UnitTests.RunPages;

public sealed class NewRoutedRunPageTests : RunPagesTestContext
{
    [Fact]
    public async Task Ticking_a_routed_method_asks_for_a_router_and_the_estimate_counts_only_routed_calls()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();
        page.WaitForAssertion(() => Assert.Equal("100", Calls(page)));
        Assert.Empty(page.FindAll("[data-testid=routing-fields]"));

        foreach (var method in new[] { AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN })
        {
            Tick(page, method, false);
        }

        Tick(page, AggregationMethod.Routed, true);

        // 10 prompts: one routed answer each, and its judge score.
        page.WaitForAssertion(() => Assert.Equal("20", Calls(page)));
        Assert.NotNull(page.Find("[data-testid=router-select]"));
        page.Find("[data-testid=start-run]").Click();
        page.WaitForAssertion(() => Assert.Contains("The routed methods need a router.", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_routed_fusion_offers_a_top_k()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();
        page.WaitForElement("[data-testid=start-run]");

        Tick(page, AggregationMethod.Routed, true);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=router-select]")));
        Assert.Empty(page.FindAll("[data-testid=routed-top-k]"));

        Tick(page, AggregationMethod.RoutedFusion, true);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=routed-top-k]")));
    }

    private async Task SeedLibraryAsync()
    {
        await using var db = Db();
        await RunPagesLibrary.SeedAsync(db);
    }

    private static void Tick(IRenderedComponent<NewRunPage> page, AggregationMethod method, bool ticked) =>
        page.Find($"input[data-testid=method-{method}]").Change(ticked);

    private static string Calls(IRenderedComponent<NewRunPage> page) => page.Find("[data-testid=estimate-calls]").TextContent.Trim();
}
