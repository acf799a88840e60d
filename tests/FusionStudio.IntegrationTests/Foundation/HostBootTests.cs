using System.Net;
using System.Text.Json;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Prompts;
using FusionStudio.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Foundation;

public sealed class HostBootTests
{
    [Fact]
    public async Task App_boots_on_sqlite_and_reports_healthy()
    {
        await using var app = FusionApp.OnSqlite();
        await AssertBootsAsync(app);
    }

    [Fact]
    public async Task App_boots_on_postgresql_and_reports_healthy()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        await AssertBootsAsync(app);
    }

    [Fact]
    public async Task Embedded_demo_seeds_a_labelled_simulated_workspace_once()
    {
        var connectionString = TestSqlite.NewConnectionString();
        await using (var first = new FusionApp(DatabaseProvider.Sqlite, connectionString).With("Demo:Enabled", "true"))
        {
            first.CreateClient();
        }

        // A second start over the same database must not seed twice.
        await using var app = new FusionApp(DatabaseProvider.Sqlite, connectionString).With("Demo:Enabled", "true");
        app.CreateClient();
        await using var db = app.CreateDbContext();
        var provider = await db.Providers.SingleAsync();
        Assert.Equal(ProviderKind.Simulated, provider.Kind);
        Assert.Contains(Provider.SimulatedLabel, provider.DisplayName, StringComparison.Ordinal);
        Assert.Equal(1, await db.TeacherPools.CountAsync());
        Assert.Equal(4, (await db.TeacherPools.Include(p => p.Members).SingleAsync()).Members.Count);

        var languages = await db.DatasetPrompts.Select(p => p.Language).Distinct().ToListAsync();
        Assert.Equal(12, await db.DatasetPrompts.CountAsync());
        Assert.True(languages.Count >= 6, $"Only {languages.Count} languages.");
        Assert.Contains("ar", languages);
        Assert.Contains(languages, l => l is "zh" or "ja");

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admins = await users.GetUsersInRoleAsync(AppRoles.Admin);
        Assert.Single(admins);

        // The demo run, started on the first start, is finished by the in-process workers (re-driven after the restart).
        var demoRun = await db.Runs.SingleAsync();
        var finished = await TestRuns.WaitUntilFinishedAsync(app, demoRun.Id);
        Assert.Equal(RunStatus.Completed, finished.Status);
        Assert.Equal(48, await db.Candidates.CountAsync(c => c.RunId == demoRun.Id && c.Text != null));
        Assert.Equal(12, await db.Comparisons.CountAsync(c => c.RunId == demoRun.Id && c.Final != null));
    }

    [Fact]
    public async Task Built_in_prompt_templates_are_seeded_in_every_mode()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        app.CreateClient();
        await using var db = app.CreateDbContext();
        var templates = await db.PromptTemplates.Include(t => t.Versions).ToListAsync();
        Assert.Equal(DefaultPromptTemplates.All.Select(t => t.Kind).Order(), templates.Select(t => t.Kind).Order());
        Assert.All(templates, t => Assert.Equal(1, Assert.Single(t.Versions).Number));
        Assert.Equal(0, await db.Providers.CountAsync());
    }

    private static async Task AssertBootsAsync(FusionApp app)
    {
        var client = app.CreateClient();
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.NotEqual("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("queue").GetProperty("status").GetString());

        var login = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        await using var db = app.CreateDbContext();
        Assert.Equal(AppRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }
}
