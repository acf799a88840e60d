using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Api;

/// <summary>Tokens act with their owner's roles as they are at each call: Viewers read, Members and Admins also write.</summary>
public sealed class ApiRoleTests(DemoApiHostFixture fixture) : IClassFixture<DemoApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_viewers_token_lists_runs_but_cannot_create_or_start_one()
    {
        var viewer = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);
        var existingRun = await CreateRunAsync(await Host.WithNewTokenAsync(ApiHost.MemberEmail));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/runs/{existingRun}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await viewer.PostAsJsonAsync("/api/v1/runs", new { }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await viewer.PostAsync($"/api/v1/runs/{existingRun}/start", null), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await viewer.PostAsync($"/api/v1/runs/{existingRun}/cancel", null), HttpStatusCode.Forbidden);
        Assert.Equal("Queued", (await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{existingRun}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_members_token_creates_a_run()
    {
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);

        var response = await member.PostAsJsonAsync("/api/v1/runs", new { name = "made over the API" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("made over the API", run.GetProperty("name").GetString());
        Assert.Equal("Queued", run.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/runs/{run.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        Assert.Equal(ApiHost.MemberEmail, run.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task A_token_follows_its_owner_when_they_are_demoted()
    {
        var email = $"demoted-{Guid.NewGuid():N}@example.test";
        var user = await Host.App.CreateUserAsync(email, ApiHost.Password, AppRoles.Member);
        var created = await Host.Tokens.CreateAsync(user.Id, new("soon a viewer", null));
        var client = Host.WithToken(created.Created!.Secret.Value);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/runs", new { })).StatusCode);

        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.RemoveFromRoleAsync(stored, AppRoles.Member);
            await users.AddToRoleAsync(stored, AppRoles.Viewer);
        }

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/runs", new { }), HttpStatusCode.Forbidden);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["Viewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(me.GetProperty("canEdit").GetBoolean());
    }

    [Fact]
    public async Task A_plan_with_errors_is_a_validation_problem_by_field()
    {
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);

        var response = await member.PostAsJsonAsync("/api/v1/runs", new { datasetId = 987654, budgetCap = -1 });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("no longer exists", errors.GetProperty("datasetId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("more than 0", errors.GetProperty("budgetCap")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_that_the_runs_status_does_not_allow_are_conflicts()
    {
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var runId = await CreateRunAsync(member);

        await ProblemAssert.IsProblemAsync(await member.PostAsync($"/api/v1/runs/{runId}/resume", null), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/v1/runs/{runId}/cancel", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await member.PostAsync($"/api/v1/runs/{runId}/start", null), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await member.PostAsync("/api/v1/runs/987654/pause", null), HttpStatusCode.NotFound);
    }

    public static TheoryData<RunStatus> EveryStatus() => new(Enum.GetValues<RunStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task Each_command_is_allowed_or_refused_as_the_lifecycle_table_says(RunStatus status)
    {
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var paths = new Dictionary<RunCommand, string>
        {
            [RunCommand.Start] = "start", [RunCommand.Pause] = "pause", [RunCommand.Resume] = "resume",
            [RunCommand.Cancel] = "cancel", [RunCommand.RetryFailed] = "retry-failed",
        };
        foreach (var (command, path) in paths)
        {
            var runId = await CreateRunAsync(member);
            await using (var db = Host.App.CreateDbContext())
            {
                await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status));
            }

            var response = await member.PostAsync($"/api/v1/runs/{runId}/{path}", null);

            if (!RunLifecycle.Allows(status, command))
            {
                var refused = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
                Assert.Equal(RunLifecycle.Refusal(command), refused.GetProperty("detail").GetString());
            }
            else if (command == RunCommand.RetryFailed)
            {
                // Allowed, but a new run has no failed prompt to retry.
                var nothing = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
                Assert.Equal("No failed prompt to retry.", nothing.GetProperty("detail").GetString());
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var moved = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
                Assert.Contains(moved, new[] { RunLifecycle.Target(status, command).ToString(), RunStatus.Completed.ToString() });
            }
        }
    }

    private static async Task<int> CreateRunAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/runs", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
