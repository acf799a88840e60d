using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Scaling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FusionStudio.UnitTests.Reports;

/// <summary>
/// bUnit with the report's, the comparison's and the run pages' real services on a migrated SQLite file, signed
/// in as a Member.
/// </summary>
public abstract class ReportPagesTestContext : MudTestContext, IAsyncLifetime
{
    protected ReportPagesTestContext()
    {
        Database = new RunPagesDatabase();
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddLogging();
        Services.AddRunFeatures();
        Services.AddReportFeatures();
        Services.AddScalingFeatures();
        Services.AddExportFeatures();

        Auth = AddAuthorization();
        Auth.SetAuthorized("member@example.test");
        Auth.SetRoles(AppRoles.Member);
        Auth.SetPolicies(Web.Security.AuthorizationPolicies.Editor);
        Render<MudPopoverProvider>();
    }

    protected RunPagesDatabase Database { get; }

    protected BunitAuthorizationContext Auth { get; }

    protected FusionDbContext Db() => Database.CreateDbContext();

    protected void SignInAsViewer()
    {
        Auth.SetRoles(AppRoles.Viewer);
        Auth.SetPolicies();
    }

    protected async Task<(RunPagesLibrary Library, Domain.Runs.Run Run)> SeedAsync(bool withResults = true)
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        return (library, await ReportRunSeed.SeedAsync(db, library, withResults: withResults));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
