using System.Net;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using FusionStudio.Web.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>PostgreSQL stopped and started again under a running run: the run waits, then completes as if nothing happened.</summary>
public sealed class DatabaseRestartTests
{
    private const int Prompts = 20;
    private const int Teachers = 4;

    [Fact]
    public async Task A_run_survives_a_database_restart_with_no_lost_duplicate_or_failed_work()
    {
        await using var server = await TestPostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = 150 });
        await using var app = new FusionApp(DatabaseProvider.PostgreSql, connectionString)
            .With("Gateway:BaseDelay", "00:00:00.050")
            .With("Runs:StatusCheckInterval", "00:00:00.100")
            .With("Runs:BatchSize", "10")
            .With("Runs:PromptConcurrency", "4")
            .With("Database:TransientRetryMaxDelay", "00:00:02");
        var client = app.CreateClient();
        var runId = await TestRuns.CreateAsync(app, models.BaseUrl, new TestRunShape { Prompts = Prompts });
        await TestRuns.StartAsync(app, runId);
        await Eventually.TrueAsync(async () => await CandidatesAsync(app, runId) >= 8);

        await server.StopAsync();
        var status = app.Services.GetRequiredService<DatabaseStatus>();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.ServiceUnavailable);
        await Eventually.TrueAsync(() => Task.FromResult(!status.IsReachable));

        await server.StartServerAsync();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK);
        await Eventually.TrueAsync(() => Task.FromResult(status.IsReachable));

        var run = await TestRuns.WaitUntilFinishedAsync(app, runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(Prompts, run.Counters.PromptsDone);
        await using var check = app.CreateDbContext();
        Assert.Equal(0, await check.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage == PromptStage.Failed));
        var candidates = await check.Candidates.Where(c => c.RunId == runId).Select(c => new { c.PromptId, c.TeacherId, c.SampleIndex, c.Error }).ToListAsync();
        Assert.Equal(Prompts * Teachers, candidates.Count);
        Assert.Equal(candidates.Count, candidates.Select(c => (c.PromptId, c.TeacherId, c.SampleIndex)).Distinct().Count());
        Assert.All(candidates, c => Assert.Null(c.Error));

        // Every answer paid for before or during the outage was stored, none asked for again.
        Assert.Equal(Prompts * Teachers, models.RequestLog.Snapshot().Count(r => r.Kind == FakeRequestKind.Chat));
    }

    private static async Task<int> CandidatesAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        return await db.Candidates.CountAsync(c => c.RunId == runId);
    }
}
