using FusionStudio.Data.Calls;
using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// The demo workspace end to end: a run planned as the new-run form plans it (defaults only), started, advanced by
/// the app's own workers on the simulated provider, and read back through the run pages' queries.
/// </summary>
public sealed class DemoRunTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal _member = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "member@example.test"), new Claim(ClaimTypes.Role, AppRoles.Member)], "test"));

    private FusionApp _app = null!;

    public Task InitializeAsync()
    {
        _app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        _app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_default_run_on_the_demo_completes_with_every_row()
    {
        var runId = await PlanAndStartAsync(await DefaultPlanAsync());
        await WaitUntilFinishedAsync(runId);

        var progress = await Service<RunProgressQuery>().LoadAsync(runId);
        Assert.NotNull(progress);
        Assert.Equal(RunStatus.Completed, progress.Status);
        Assert.Equal((12, 12, 0), (progress.PromptCount, progress.Done, progress.Failed));

        var done = await Service<RunPromptPageQuery>().LoadAsync(runId, RunPromptFilter.Done, 0, 50);
        Assert.Equal(12, done.Total);
        Assert.Equal(Enumerable.Range(0, 12), done.Rows.Select(r => r.Ordinal));

        var usage = RunUsage.From(await Service<RunCallLog>().SummaryAsync(runId));
        Assert.Equal(48, usage.Candidates);
        Assert.Equal(0, usage.FailedCalls);
        Assert.True(usage.Cost > 0m);
        Assert.Empty((await Service<RunErrorGroupsQuery>().LoadAsync(runId)).Top);

        var methods = new[] { AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN };
        foreach (var row in done.Rows)
        {
            var detail = await Service<RunPromptDetailQuery>().LoadAsync(runId, row.PromptId);
            Assert.NotNull(detail);
            Assert.Equal(4, detail.Candidates.Count);
            Assert.All(detail.Candidates, c => Assert.NotNull(c.Score?.Value));
            Assert.Equal(methods, detail.Aggregates.Select(a => a.Method));
            Assert.All(detail.Aggregates, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
            Assert.Equal(4, detail.Aggregates.Single(a => a.Method == AggregationMethod.FusionOfN).PresentedOrder.Count);
            var comparison = Assert.Single(detail.Comparisons);
            Assert.NotNull(comparison.Final);
        }
    }

    [Fact]
    public async Task Running_again_with_a_new_fusor_version_takes_the_candidates_from_the_cache()
    {
        var firstId = await PlanAndStartAsync(await DefaultPlanAsync());
        await WaitUntilFinishedAsync(firstId);
        await AddFusorVersionAsync();

        var again = await Service<RunPlanPrefillQuery>().LoadAsync(firstId);
        Assert.NotNull(again);
        var secondId = await PlanAndStartAsync(again);
        await WaitUntilFinishedAsync(secondId);

        var usage = RunUsage.From(await Service<RunCallLog>().SummaryAsync(secondId));
        Assert.Equal((48, 48), (usage.Candidates, usage.CachedCandidates));
        await using var db = _app.CreateDbContext();
        var runs = await db.Runs.Where(r => r.Id == firstId || r.Id == secondId).OrderBy(r => r.Id).ToListAsync();
        Assert.NotEqual(runs[0].FusorTemplateVersionId, runs[1].FusorTemplateVersionId);
        Assert.Equal(RunStatus.Completed, runs[1].Status);
    }

    private T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    private async Task<RunPlan> DefaultPlanAsync()
    {
        var options = await Service<RunFormOptionsQuery>().LoadAsync();
        return RunPlanDefaults.Apply(new RunPlan(), options);
    }

    private async Task<int> PlanAndStartAsync(RunPlan plan)
    {
        var created = await Service<RunPlanner>().CreateAsync(plan, _member);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {e.Value}")));
        var runId = created.RunId!.Value;
        Assert.True((await Service<RunCommands>().ExecuteAsync(runId, RunCommand.Start, _member)).Done);
        return runId;
    }

    private async Task WaitUntilFinishedAsync(int runId) =>
        await Eventually.TrueAsync(
            async () => (await Service<RunProgressQuery>().LoadAsync(runId))?.Status.IsFinished() == true,
            TimeSpan.FromSeconds(120));

    private async Task AddFusorVersionAsync()
    {
        await using var db = _app.CreateDbContext();
        var fusor = await db.PromptTemplates.Include(t => t.Versions).SingleAsync(t => t.Name == "Fusion-of-N (default)");
        var latest = fusor.LatestVersion!;
        fusor.AddVersion(latest.SystemText + "\nBe brief.", latest.UserText, "Briefer", "member@example.test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
