using Bunit;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Security;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.Components.Pages.Routers;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Routers;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FusionStudio.UnitTests.Routing;

/// <summary>The Routers pages with their real services on a migrated SQLite file holding the shared routing logs.</summary>
public sealed class RoutersPageTests : MudTestContext, IAsyncLifetime
{
    private readonly RunPagesDatabase _database = new();

    public RoutersPageTests()
    {
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(_database);
        Services.AddSingleton(PlannerServices.Authorization());
        Services.AddTransient<EditorCheck>();
        Services.AddDataProtection();
        Services.AddSingleton<ApiKeyProtector>();
        Services.AddSingleton(new ProviderAddressPolicy(Options.Create(new ProviderNetworkOptions())));
        Services.AddRoutingFeatures();
        var auth = AddAuthorization();
        auth.SetAuthorized("member@example.test");
        auth.SetRoles(AppRoles.Member);
        auth.SetPolicies(AuthorizationPolicies.Editor);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task A_routers_page_shows_its_quality_cost_chart_and_a_table_per_scenario()
    {
        var routerId = await TrainAsync(RouterAlgorithm.TaskBest);

        var page = Render<RouterDetail>(p => p.Add(x => x.Id, routerId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=quality-cost-chart]")));
        Assert.Equal(RoutingLogSample.Models, page.FindAll("[data-testid=model-point]").Count);
        var curve = page.Find("[data-testid=router-curve]").GetAttribute("points")!;
        Assert.Equal(Engine.Routing.RoutingScenario.Sweep.Count, curve.Split(' ').Length);
        Assert.Single(page.FindAll("[data-testid=matched-point]"));
        Assert.Contains("llama-3.3-70b-instruct", page.Find("[data-testid=cost-match]").TextContent, StringComparison.Ordinal);

        // The open tab's table: the router, the 8 models, random and the oracle.
        var rows = page.FindAll("[data-testid=scenario-table] [data-testid=evaluation-row]");
        Assert.Equal(1 + RoutingLogSample.Models + 2, rows.Count);
        Assert.StartsWith("Router", rows[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("0.773", rows[^1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Learned from 300 queries", page.Find("[data-testid=router-facts]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_links_each_version_and_the_form_offers_the_log_sets()
    {
        await TrainAsync(RouterAlgorithm.TaskBest);
        await TrainAsync(RouterAlgorithm.TaskBest);

        var page = Render<RouterList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=router-link]").Count));
        Assert.Equal(["per task v2", "per task v1"], page.FindAll("[data-testid=router-link]").Select(l => l.TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=source-run]"));
        Assert.Contains("300 queries", page.Find("[data-testid=train-router-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Training_without_a_log_set_names_the_missing_sources()
    {
        await ImportAsync();
        var page = Render<RouterList>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=source-run]")));

        await page.Find("[data-testid=train-router]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Choose at least one log set", page.Find("[data-testid=sources-error]").TextContent, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Routers.CountAsync());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }

    private async Task<int> TrainAsync(RouterAlgorithm algorithm)
    {
        var runId = await _database.CreateDbContext().Runs.Select(r => (int?)r.Id).FirstOrDefaultAsync() ?? await ImportAsync();
        var result = await Services.GetRequiredService<RouterService>().TrainAsync(
            new RouterTrainingRequest { Name = "per task", SourceRunIds = [runId], Algorithm = algorithm }, PlannerServices.Person(AppRoles.Member));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return result.RouterId!.Value;
    }

    private async Task<int> ImportAsync()
    {
        var importer = new LogImporter(_database, new EditorCheck(PlannerServices.Authorization()), Options.Create(new LogImportOptions()), TimeProvider.System);
        await using var file = RoutingLogSample.Open();
        var result = await importer.ImportAsync(
            file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, PlannerServices.Person(AppRoles.Member), RoutingLogSample.Prices);
        Assert.True(result.Succeeded);
        return result.RunId!.Value;
    }
}
