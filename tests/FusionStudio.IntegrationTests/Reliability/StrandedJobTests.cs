using System.Diagnostics;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>
/// A job that a worker fetched and then died with stays hidden from the queue until its invisibility timeout: the
/// dashboard still counts it as enqueued, yet no live worker may take it. That was the job "enqueued, not taken for
/// minutes" (the timeout was Hangfire's 30-minute default); it is now bounded by <c>Hosting:QueueInvisibilityTimeout</c>.
/// </summary>
public sealed class StrandedJobTests(ITestOutputHelper output)
{
    private const int Prompts = 16;
    private const string InvisibilityTimeout = "00:00:05";

    [Fact]
    public async Task A_job_held_by_a_killed_worker_is_taken_by_a_running_worker_once_its_invisibility_ends()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = 150 });
        var settings = WorkerProcessSettings.For(database.ConnectionString, Prompts, promptConcurrency: 4);
        settings["Hosting__QueueInvisibilityTimeout"] = InvisibilityTimeout;
        var doomed = AppProcess.Start("doomed worker", settings);
        try
        {
            await doomed.WaitForHealthAsync(_ => true, ComposeDeployment.Patience, "answer from /healthz");
            await using var web = FusionApp.OnPostgres(database, HostRole.Web);
            web.CreateClient();
            var runId = await TestRuns.CreateAsync(web, models.BaseUrl, new TestRunShape { Prompts = Prompts });
            await TestRuns.StartAsync(web, runId);
            await Eventually.TrueAsync(
                async () => await BatchSessions.CountAsync(database.ConnectionString, runId, 0) == 1 && await QueueAndRows.CandidatesAsync(web, runId) >= 4,
                ComposeDeployment.Patience);

            // Already running when the other dies, and its own look at the busy batch comes back only in ten minutes:
            // the one way it can take the batch in time is the dead worker's job turning visible again.
            await using var survivor = FusionApp.OnPostgres(database, HostRole.Worker)
                .With("Hosting:QueueInvisibilityTimeout", InvisibilityTimeout)
                .With("Hosting:QueuePollInterval", "00:00:00.200")
                .With("Runs:BusyBatchRecheck", "00:10:00");
            survivor.CreateClient();
            await Eventually.TrueAsync(async () => await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Scheduled") == 1);

            var before = await QueueAndRows.CandidatesAsync(web, runId);
            doomed.Kill();
            var killed = Stopwatch.StartNew();
            await Eventually.TrueAsync(async () => await QueueAndRows.CandidatesAsync(web, runId) > before);
            output.WriteLine($"The dead worker's job was taken {killed.Elapsed.TotalSeconds:0.0} s after the kill.");

            var run = await TestRuns.WaitUntilFinishedAsync(survivor, runId);
            Assert.Equal(RunStatus.Completed, run.Status);
            Assert.Equal(Prompts, run.Counters.PromptsDone);
            Assert.Equal(1, await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Scheduled"));
        }
        catch (Exception) when (Describe(doomed))
        {
            throw;
        }
        finally
        {
            await doomed.DisposeAsync();
        }
    }

    private bool Describe(AppProcess process)
    {
        output.WriteLine(process.Describe());
        return false;
    }
}
