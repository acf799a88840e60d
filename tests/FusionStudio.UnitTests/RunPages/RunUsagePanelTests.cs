using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.UnitTests.Components;
using FusionStudio.Web.Components.Pages.Runs.Detail;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunUsagePanelTests : MudTestContext
{
    private static readonly RunLaunchEstimate _forecast = new()
    {
        Calls = 100,
        InputTokens = 50_000,
        OutputTokensExpected = 20_000,
        OutputTokensHigh = 90_000,
        CostLow = 0.50m,
        CostExpected = 0.80m,
        CostHigh = 3.96m,
    };

    [Fact]
    public void A_finished_run_shows_its_forecast_beside_what_it_cost()
    {
        var usage = new RunUsage(104, 0, 60, 0, 0, 48_000, 21_000, 0.64m);

        var panel = Render<RunUsagePanel>(p => p.Add(c => c.Usage, usage).Add(c => c.Forecast, _forecast).Add(c => c.Finished, true));

        Assert.Equal($"{RunText.Money(0.80m)} ({RunText.Money(0.50m)} – {RunText.Money(3.96m)})", Normalized(panel.Find("[data-testid=forecast-cost]").TextContent));
        Assert.Equal(RunText.Money(0.64m), panel.Find("[data-testid=actual-cost]").TextContent.Trim());
        Assert.Equal("Actual cost is 0.80× the forecast, within its range (cache hits cost nothing).", Normalized(panel.Find("[data-testid=forecast-ratio]").TextContent));
    }

    [Fact]
    public void A_run_without_a_kept_forecast_shows_none_and_a_running_one_no_verdict()
    {
        var none = Render<RunUsagePanel>(p => p.Add(c => c.Usage, RunUsage.None));
        Assert.Empty(none.FindAll("[data-testid=estimate-vs-actual]"));

        var running = Render<RunUsagePanel>(p => p.Add(c => c.Usage, RunUsage.None).Add(c => c.Forecast, _forecast));
        Assert.Single(running.FindAll("[data-testid=estimate-vs-actual]"));
        Assert.Empty(running.FindAll("[data-testid=forecast-ratio]"));
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
