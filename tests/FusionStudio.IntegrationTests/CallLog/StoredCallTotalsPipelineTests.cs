using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.LogImports;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.CallLog;

/// <summary>
/// The call-log summary and step latencies that the pipeline stores as it stores calls equal the GROUP BYs over the
/// call rows, on PostgreSQL, for a run with retried calls, a teacher that always fails, one that fails at first and
/// is redone by "retry failed" (its 6 prompts × 3 attempts fail at first; their failures are then unlinked), a copy answered from the cache, and an imported log.
/// </summary>
public sealed class StoredCallTotalsPipelineTests
{
    [Fact]
    public async Task Stored_summary_and_step_latencies_equal_the_call_rows_through_failures_retries_cache_hits_and_imports()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "2"));
        var firstId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 6,
            TeacherModels = ["sim-concise#fault=429:2", "sim-stepwise#fault=500:18", "sim-detailed#fault=500"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.FusionOfN],
        });
        await TestRuns.StartAsync(host.App, firstId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(host.App, firstId)).Status);
        var failedBefore = (await host.App.Services.GetRequiredService<RunCallLog>().SummaryAsync(firstId)).All.Failed;

        var reset = await host.App.Services.GetRequiredService<RunControl>().RetryFailedAsync(firstId, CancellationToken.None);
        Assert.True(reset > 0);
        await TestRuns.WaitUntilFinishedAsync(host.App, firstId);

        var copyId = await TestRuns.CopyAsync(host.App, firstId, run => run.Name = "from the cache");
        await TestRuns.StartAsync(host.App, copyId);
        await TestRuns.WaitUntilFinishedAsync(host.App, copyId);

        var plan = await LogImportPipelineTests.PlanAsync(host);
        var imported = await LogImportPipelineTests.ImportAsync(host, ModelLogs.Jsonl(models: 3, queries: 20), "fleet.jsonl", plan);
        Assert.True(imported.Succeeded);
        var importedId = imported.RunId!.Value;
        await TestRuns.StartAsync(host.App, importedId);
        await TestRuns.WaitUntilFinishedAsync(host.App, importedId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var db = host.App.CreateDbContext();
        var callLog = host.App.Services.GetRequiredService<RunCallLog>();
        foreach (var runId in new[] { firstId, copyId, importedId })
        {
            await CallLogReference.AssertStoredEqualsCallsAsync(db, callLog, runId);
        }

        // What the runs went through: retried attempts, failures standing and unlinked by the retry, cache hits, imports.
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == firstId || c.RunId == copyId || c.RunId == importedId).ToListAsync();
        Assert.Contains(calls, c => c.RunId == firstId && c.Attempts > 1 && c.Error is null);
        Assert.Contains(calls, c => c.RunId == firstId && c.Error != null && c.CandidateId == null);
        var summary = await callLog.SummaryAsync(firstId);
        // The failures "retry failed" redid no longer count; the always-failing teacher's new ones do.
        Assert.InRange(summary.All.Failed, 1, failedBefore - 1);
        Assert.Contains(calls, c => c.RunId == copyId && c.Usage.CacheHit);
        Assert.Equal(60, calls.Count(c => c.RunId == importedId && c.Purpose == ModelCallPurpose.Imported));

        // The runs list reads every run's summary at once: the same figures.
        var listed = await callLog.SummariesAsync([firstId, copyId, importedId]);
        Assert.Equal(summary.Cost, listed[firstId].Cost);
        Assert.Equal((await callLog.SummaryAsync(importedId)).All, listed[importedId].All);
    }
}
