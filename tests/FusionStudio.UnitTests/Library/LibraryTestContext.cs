using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.UnitTests.Components;
using FusionStudio.Web.Library;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Library;

/// <summary>
/// bUnit with the library's real stores over a fresh SQLite file, ephemeral Data Protection keys and a signed-in
/// Member (an editor). Tests read and write rows through <see cref="Db"/>.
/// </summary>
public abstract class LibraryTestContext : MudTestContext, IAsyncLifetime
{
    private readonly string _connectionString = TestSqlite.NewConnectionString();

    protected LibraryTestContext()
    {
        Services.AddDbContextFactory<FusionDbContext>(options => DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, _connectionString));
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddLibraryFeatures();
        Auth = AddAuthorization();
        Auth.SetAuthorized("member@example.test");
        Auth.SetRoles(AppRoles.Member);
        Auth.SetPolicies(AuthorizationPolicies.Editor);
    }

    protected BunitAuthorizationContext Auth { get; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await using var db = Db();
        await db.Database.EnsureCreatedAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor's services can only be disposed asynchronously; then the database file can go.
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(new SqliteConnectionStringBuilder(_connectionString).DataSource);
    }

    protected FusionDbContext Db() => Services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContext();

    /// <summary>Signs the test's user in as a Viewer, who may read but not edit.</summary>
    protected void BecomeViewer()
    {
        Auth.SetRoles(AppRoles.Viewer);
        Auth.SetPolicies();
    }
}
