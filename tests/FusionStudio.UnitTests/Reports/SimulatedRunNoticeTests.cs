using Bunit;
using FusionStudio.Domain.Providers;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Reports;

public sealed class SimulatedRunNoticeTests : ReportPagesTestContext
{
    [Fact]
    public async Task The_report_of_a_simulated_run_says_first_that_its_results_are_synthetic()
    {
        var (_, run) = await SeedAsync();

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        var notice = page.WaitForElement("[data-testid=simulated-notice]");
        Assert.Contains("say nothing about any real model", notice.TextContent, StringComparison.Ordinal);
        // Above every figure of the report.
        var html = page.Markup;
        Assert.True(html.IndexOf("simulated-notice", StringComparison.Ordinal) < html.IndexOf("pair-headline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_of_a_run_on_real_models_has_no_such_notice()
    {
        var (_, run) = await SeedAsync();
        await using (var db = Db())
        {
            await db.Providers.ExecuteUpdateAsync(p => p.SetProperty(x => x.Kind, ProviderKind.OpenAiCompatible));
        }

        Assert.False(await Services.GetRequiredService<SimulatedRunQuery>().UsesSimulatorAsync(run.Id));
        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=pair-headline]");
        Assert.Empty(page.FindAll("[data-testid=simulated-notice]"));
    }
}
