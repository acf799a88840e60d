using FusionStudio.Data.RunChanges;
using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Jobs.Runs;
using FusionStudio.UnitTests.Components;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>
/// bUnit with the run pages' real services on a migrated SQLite file, signed in as a Member (an editor). Launched
/// runs enqueue into <see cref="Jobs"/>, which runs nothing.
/// </summary>
public abstract class RunPagesTestContext : MudTestContext, IAsyncLifetime
{
    /// <param name="addServices">More services a page under test needs, added before anything renders.</param>
    protected RunPagesTestContext(Action<IServiceCollection>? addServices = null)
    {
        Database = new RunPagesDatabase();
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddLogging();
        Services.AddRunFeatures();
        Services.AddSingleton<IBackgroundJobClient>(Jobs);
        Services.AddSingleton(Options.Create(new RunOptions()));
        Services.AddSingleton(Options.Create(new FusionStudio.Engine.Analysis.BootstrapOptions()));
        Services.AddTransient<RunLauncher>();
        Services.AddTransient<RunControl>();
        Services.AddTransient<RunStatusMover>();
        Services.AddRunChanges(DatabaseProvider.Sqlite);
        Services.AddTransient<FusionStudio.Web.Reports.AnswerLanguageCountsQuery>();

        Auth = AddAuthorization();
        Auth.SetAuthorized("member@example.test");
        Auth.SetRoles(AppRoles.Member);
        Auth.SetPolicies(AuthorizationPolicies.Editor);

        addServices?.Invoke(Services);

        // Selects and dialogs open in popovers, which need their provider on the page.
        Render<MudPopoverProvider>();
    }

    protected RunPagesDatabase Database { get; }

    protected BunitAuthorizationContext Auth { get; }

    protected RecordingJobClient Jobs { get; } = new();

    protected FusionDbContext Db() => Database.CreateDbContext();

    protected void SignInAsViewer()
    {
        Auth.SetRoles(AppRoles.Viewer);
        Auth.SetPolicies();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover services can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
