using FusionStudio.Data.RunChanges;
using Bunit;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Jobs.Runs;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FusionStudio.UnitTests.LogImports;

/// <summary>
/// bUnit with the run pages' and the log import's real services on a migrated SQLite file, signed in as a Member.
/// Launched runs enqueue into <see cref="Jobs"/>, which runs nothing.
/// </summary>
public abstract class ImportLogsPageTestContext : MudTestContext, IAsyncLifetime
{
    protected ImportLogsPageTestContext()
    {
        Database = new RunPagesDatabase();
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddLogging();
        Services.AddRunFeatures();
        Services.AddSingleton(Options.Create(new LogImportOptions()));
        Services.AddTransient<LogImporter>();
        Services.AddSingleton<IBackgroundJobClient>(Jobs);
        Services.AddSingleton(Options.Create(new RunOptions()));
        Services.AddTransient<RunLauncher>();
        Services.AddTransient<RunControl>();
        Services.AddTransient<RunStatusMover>();
        Services.AddRunChanges(DatabaseProvider.Sqlite);

        var auth = AddAuthorization();
        auth.SetAuthorized("member@example.test");
        auth.SetRoles(AppRoles.Member);
        auth.SetPolicies(AuthorizationPolicies.Editor);

        // Selects open in popovers, which need their provider on the page.
        Render<MudPopoverProvider>();
    }

    protected RunPagesDatabase Database { get; }

    protected RecordingJobClient Jobs { get; } = new();

    protected FusionDbContext Db() => Database.CreateDbContext();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover services can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
