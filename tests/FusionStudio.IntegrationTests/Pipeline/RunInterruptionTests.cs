using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed class RunInterruptionTests
{
    [Fact]
    public async Task A_run_interrupted_mid_batch_completes_after_restart_without_duplicates_or_losses()
    {
        await using var host = await PipelineHost.StartAsync(("Runs:BatchSize", "10"), ("Runs:PromptConcurrency", "4"));
        host.Models.Configure(o => o with { LatencyMs = 100 });
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 20 });
        await TestRuns.StartAsync(host.App, runId);

        // Stop the app while the run is part-way through generation.
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                await using var db = host.App.CreateDbContext();
                return await db.Candidates.CountAsync(c => c.RunId == runId) >= 8;
            });
        }
        catch (TimeoutException timeout)
        {
            await using var db = host.App.CreateDbContext();
            var state = await db.Runs.Where(r => r.Id == runId).Select(r => new { r.Status, r.StopReason }).SingleAsync();
            var prompts = await db.RunPrompts.CountAsync(p => p.RunId == runId);
            var stored = await db.Candidates.CountAsync(c => c.RunId == runId);
            throw new TimeoutException(
                $"{timeout.Message} Run {state.Status} ({state.StopReason}), {prompts} prompt rows, {stored} candidates, "
                + $"{host.Models.RequestLog.Count} model requests. {TestRuns.DescribeJobs(host.App)}",
                timeout);
        }

        await host.RestartAppAsync();

        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        await using var check = host.App.CreateDbContext();
        var candidates = await check.Candidates.Where(c => c.RunId == runId)
            .Select(c => new { c.PromptId, c.TeacherId, c.SampleIndex }).ToListAsync();
        Assert.Equal(80, candidates.Count);
        Assert.Equal(80, candidates.Distinct().Count());
        Assert.Equal(20, await check.Aggregates.CountAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN));
        Assert.Equal(20, await check.Comparisons.CountAsync(c => c.RunId == runId));
        Assert.Equal(20, run.Counters.PromptsDone);
    }

    [Fact]
    public async Task Cancelling_a_run_stops_its_model_calls()
    {
        await using var host = await PipelineHost.StartAsync(("Runs:BatchSize", "10"), ("Runs:PromptConcurrency", "2"));
        host.Models.Configure(o => o with { LatencyMs = 150 });
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 40 });
        await TestRuns.StartAsync(host.App, runId);
        await Eventually.TrueAsync(async () =>
        {
            await using var db = host.App.CreateDbContext();
            return await db.Candidates.CountAsync(c => c.RunId == runId) >= 4;
        });

        Assert.True(await host.App.Services.GetRequiredService<RunControl>().CancelAsync(runId, "test", CancellationToken.None));

        // Once no job is working any more, nothing can call the models again: compare what was asked with what a full run needs.
        var monitoring = host.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.TrueAsync(() => Task.FromResult(monitoring.ProcessingCount() == 0 && monitoring.EnqueuedCount("default") == 0));
        var asked = host.Models.RequestLog.Count;

        await using var check = host.App.CreateDbContext();
        var run = await check.Runs.SingleAsync(r => r.Id == runId);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.True(asked < 40 * 4, $"{asked} model calls were made after cancelling a run that needs 440.");
        Assert.True(await check.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage != PromptStage.Done) > 0);
    }
}
