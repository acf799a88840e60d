using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Security;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.Security;
using FusionStudio.Web.Thoughts;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FusionStudio.UnitTests.Thoughts;

/// <summary>
/// bUnit with the thought template pages' real services on a migrated SQLite file, signed in as a Member. A started
/// build enqueues into <see cref="Jobs"/>, which runs nothing.
/// </summary>
public abstract class ThoughtPagesTestContext : MudTestContext, IAsyncLifetime
{
    protected ThoughtPagesTestContext()
    {
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddSingleton(PlannerServices.Authorization());
        Services.AddTransient<EditorCheck>();
        Services.AddDataProtection();
        Services.AddSingleton<ApiKeyProtector>();
        Services.AddSingleton(new ProviderAddressPolicy(Options.Create(new ProviderNetworkOptions())));
        Services.AddSingleton<IBackgroundJobClient>(Jobs);
        Services.AddThoughtFeatures();
        var auth = AddAuthorization();
        auth.SetAuthorized("member@example.test");
        auth.SetRoles(AppRoles.Member);
        auth.SetPolicies(AuthorizationPolicies.Editor);

        // Selects open in popovers, which need their provider on the page.
        Render<MudPopoverProvider>();
    }

    protected RunPagesDatabase Database { get; } = new();

    protected RecordingJobClient Jobs { get; } = new();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover services can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
