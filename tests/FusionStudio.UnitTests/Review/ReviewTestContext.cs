using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FusionStudio.UnitTests.Review;

/// <summary>bUnit with the review page's real services on a migrated SQLite file; tests sign people in themselves.</summary>
public abstract class ReviewTestContext : MudTestContext, IAsyncLifetime
{
    protected ReviewTestContext()
    {
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddLogging();
        Services.AddRunFeatures();
        Services.AddReviewFeatures();
        Auth = AddAuthorization();

        // The pair picker opens in a popover, which needs its provider on the page.
        Render<MudPopoverProvider>();
    }

    protected RunPagesDatabase Database { get; } = new();

    protected BunitAuthorizationContext Auth { get; }

    protected FusionDbContext Db() => Database.CreateDbContext();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover services can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }
}
