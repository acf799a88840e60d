using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Jobs.Operations;
using FusionStudio.Testing;
using FusionStudio.Web.Admin;
using FusionStudio.Web.Security.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Admin;

/// <summary>
/// The admin page's query and commands on PostgreSQL with real Identity accounts: the people list with roles, adding
/// people, changing roles (never the last admin), the Admin check on every write, and the queue's last test jobs.
/// </summary>
public sealed class AdminPostgresTests : IAsyncLifetime
{
    private const string Password = "correct-horse-battery";

    private TestDatabase _database = null!;
    private FusionApp _app = null!;
    private AppUser _admin = null!;
    private AppUser _member = null!;

    private UserListQuery Users => _app.Services.GetRequiredService<UserListQuery>();

    private UserCommands Commands => _app.Services.GetRequiredService<UserCommands>();

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _app = FusionApp.OnPostgres(_database);
        _app.CreateClient();
        _admin = await _app.CreateUserAsync("zoe.admin@example.test", Password, AppRoles.Admin);
        _member = await _app.CreateUserAsync("ana@example.test", Password, AppRoles.Member);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task People_are_listed_by_email_with_their_role_and_no_role_reads_as_viewer()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.CreateAsync(new AppUser { UserName = "bo@example.test", Email = "bo@example.test" }, Password)).Succeeded);
        }

        var rows = await Users.ListAsync();

        Assert.Equal(
            [("ana@example.test", AppRoles.Member), ("bo@example.test", AppRoles.Viewer), ("zoe.admin@example.test", AppRoles.Admin)],
            rows.Select(r => (r.Email, r.Role)));
        Assert.Equal(_member.Id, rows[0].Id);
        Assert.Equal("ana", rows[0].DisplayName);
    }

    [Fact]
    public async Task An_admin_adds_a_person_who_is_then_listed_and_can_log_in()
    {
        var input = new NewUserInput { Email = "cleo@example.test", DisplayName = "Cleo", Password = Password, Role = AppRoles.Viewer };

        var result = await Commands.CreateAsync(input, Principal(_admin, AppRoles.Admin));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        var row = Assert.Single(await Users.ListAsync(), r => r.Email == "cleo@example.test");
        Assert.Equal(("Cleo", AppRoles.Viewer), (row.DisplayName, row.Role));
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("cleo@example.test"))!, Password));
    }

    [Fact]
    public async Task Identity_refusals_come_back_as_errors_and_store_nobody()
    {
        var input = new NewUserInput { Email = "ana@example.test", Password = Password, Role = AppRoles.Member };

        var result = await Commands.CreateAsync(input, Principal(_admin, AppRoles.Admin));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("ana@example.test", StringComparison.Ordinal));
        Assert.Equal(2, (await Users.ListAsync()).Count);
    }

    [Fact]
    public async Task A_role_change_replaces_the_role()
    {
        var result = await Commands.ChangeRoleAsync(_member.Id, AppRoles.Viewer, Principal(_admin, AppRoles.Admin));

        Assert.True(result.Succeeded);
        Assert.Equal(AppRoles.Viewer, Assert.Single(await Users.ListAsync(), r => r.Id == _member.Id).Role);
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([AppRoles.Viewer], await users.GetRolesAsync((await users.FindByIdAsync(_member.Id))!));
    }

    [Fact]
    public async Task The_last_admin_keeps_the_admin_role_but_one_of_two_may_lose_it()
    {
        var admin = Principal(_admin, AppRoles.Admin);

        var refused = await Commands.ChangeRoleAsync(_admin.Id, AppRoles.Member, admin);
        Assert.Equal([UserAccessCommands.LastAdminMessage], refused.Errors);
        Assert.Equal(AppRoles.Admin, Assert.Single(await Users.ListAsync(), r => r.Id == _admin.Id).Role);

        Assert.True((await Commands.ChangeRoleAsync(_member.Id, AppRoles.Admin, admin)).Succeeded);
        Assert.True((await Commands.ChangeRoleAsync(_admin.Id, AppRoles.Member, admin)).Succeeded);
        Assert.Equal(AppRoles.Member, Assert.Single(await Users.ListAsync(), r => r.Id == _admin.Id).Role);
    }

    [Theory]
    [InlineData(AppRoles.Member)]
    [InlineData(AppRoles.Viewer)]
    public async Task Only_admins_may_add_people_or_change_roles(string role)
    {
        var actor = Principal(_member, role);

        var created = await Commands.CreateAsync(new NewUserInput { Email = "eve@example.test", Password = Password, Role = AppRoles.Admin }, actor);
        var changed = await Commands.ChangeRoleAsync(_member.Id, AppRoles.Admin, actor);

        Assert.Equal([UserCommands.Denied], created.Errors);
        Assert.Equal([UserCommands.Denied], changed.Errors);
        Assert.Equal(
            [("ana@example.test", AppRoles.Member), ("zoe.admin@example.test", AppRoles.Admin)],
            (await Users.ListAsync()).Select(r => (r.Email, r.Role)));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_by_name()
    {
        var result = await Commands.ChangeRoleAsync(_member.Id, "Owner", Principal(_admin, AppRoles.Admin));

        Assert.Equal(["\"Owner\" is not a role: choose Admin, Member, Viewer."], result.Errors);
        Assert.Equal(AppRoles.Member, Assert.Single(await Users.ListAsync(), r => r.Id == _member.Id).Role);
    }

    [Fact]
    public async Task The_queue_status_shows_the_newest_test_jobs_first_and_at_most_five()
    {
        var sender = _app.Services.GetRequiredService<QueueProbeSender>();
        var sent = new List<long>();
        for (var i = 0; i < QueueStatusQuery.ProbesShown + 2; i++)
        {
            sent.Add(await sender.SendAsync("zoe.admin@example.test", CancellationToken.None));
        }

        var query = _app.Services.GetRequiredService<QueueStatusQuery>();

        // This host runs jobs too: once its server has announced itself, it is a connected worker, named without
        // Hangfire's unique suffix; the probes it runs carry that name.
        var status = await Eventually.ValueAsync(async () => await query.GetAsync() is { Servers: > 0 } s && s.Probes.All(p => p.ProcessedBy is not null) ? s : null);
        Assert.Equal(QueueStatusQuery.ProbesShown, status.Probes.Count);
        Assert.Equal(status.Probes.OrderByDescending(p => p.EnqueuedAt).Select(p => p.EnqueuedAt), status.Probes.Select(p => p.EnqueuedAt));
        var worker = Assert.Single(status.Workers);
        Assert.Matches(@"^[^:]+:\d+:all · \d+ slots$", worker);
    }

    private static ClaimsPrincipal Principal(AppUser user, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Email!), new Claim(ClaimTypes.Role, role)], "test"));
}
