using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A provider that fails many calls but answers some: transient faults cost time, never a prompt.</summary>
public sealed class ProviderStormTests
{
    [Theory]
    [InlineData("500@0.5")]
    [InlineData("429@0.4")]
    [InlineData("429@0.2+500@0.05+timeout@0.02+malformed@0.01")]
    public async Task A_run_through_a_storm_of_transient_faults_completes_without_failed_prompts(string storm)
    {
        // At these rates a few calls fail several times in a row: a small attempt count would fail their prompts;
        // the time budget does not.
        await using var host = await PipelineHost.StartAsync(
            ("Gateway:MaxDelay", "00:00:00.300"), ("Gateway:AttemptTimeout", "00:00:02"), ("Runs:BatchSize", "10"), ("Runs:PromptConcurrency", "4"));
        host.Models.Configure(o => o with
        {
            LatencyMs = 20,
            FaultSeed = 17,
            Fault = FaultDirective.Parse(storm) with { RetryAfterSeconds = 0 },
        });
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 10, Concurrency = 8 });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(0, await db.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage == PromptStage.Failed));
        Assert.Equal(10, run.Counters.PromptsDone);
        var requests = host.Models.RequestLog.Snapshot();
        var faulted = requests.Count(r => r.StatusCode >= 400);
        Assert.True(faulted >= 10, $"Only {faulted} of {requests.Count} requests faulted: the storm did not happen.");
    }
}
