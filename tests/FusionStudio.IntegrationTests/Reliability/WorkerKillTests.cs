using System.Diagnostics;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A worker process killed while it owns a batch: the batch goes on elsewhere at once, and nothing is stored twice.</summary>
public sealed class WorkerKillTests(ITestOutputHelper output)
{
    private const int Prompts = 20;
    private const int Teachers = 4;
    private const int PromptConcurrency = 4;

    [Fact]
    public async Task A_killed_workers_batch_is_taken_over_at_once_and_the_run_completes_without_duplicates()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = 150 });
        var doomed = AppProcess.Start("doomed worker", WorkerProcessSettings.For(database.ConnectionString, Prompts, PromptConcurrency));
        FusionApp? successor = null;
        try
        {
            await doomed.WaitForHealthAsync(_ => true, ComposeDeployment.Patience, "answer from /healthz");
            await using var web = FusionApp.OnPostgres(database, HostRole.Web);
            web.CreateClient();
            var runId = await TestRuns.CreateAsync(web, models.BaseUrl, new TestRunShape { Prompts = Prompts });
            await TestRuns.StartAsync(web, runId);

            // One batch holds every prompt, so the doomed worker owns all the work when it dies.
            await Eventually.TrueAsync(
                async () => await BatchSessions.CountAsync(database.ConnectionString, runId, 0) == 1 && await QueueAndRows.CandidatesAsync(web, runId) >= 8,
                ComposeDeployment.Patience);
            var before = await QueueAndRows.CandidatesAsync(web, runId);
            doomed.Kill();
            var killed = Stopwatch.StartNew();

            await Eventually.TrueAsync(async () => await BatchSessions.CountAsync(database.ConnectionString, runId, 0) == 0);
            output.WriteLine($"Batch free {killed.Elapsed.TotalSeconds:0.0} s after the kill ({before} of {Prompts * Teachers} candidates stored).");

            successor = FusionApp.OnPostgres(database, HostRole.Worker)
                .With("Gateway:BaseDelay", "00:00:00.050")
                .With("Runs:BatchSize", Prompts.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With("Runs:PromptConcurrency", PromptConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
            successor.CreateClient();
            await Eventually.TrueAsync(async () => await QueueAndRows.CandidatesAsync(web, runId) > before);
            output.WriteLine($"Batch advancing again {killed.Elapsed.TotalSeconds:0.0} s after the kill.");

            var run = await TestRuns.WaitUntilFinishedAsync(successor, runId);
            Assert.Equal(RunStatus.Completed, run.Status);
            await using var check = web.CreateDbContext();
            var candidates = await check.Candidates.Where(c => c.RunId == runId).Select(c => new { c.PromptId, c.TeacherId, c.SampleIndex }).ToListAsync();
            Assert.Equal(Prompts * Teachers, candidates.Count);
            Assert.Equal(candidates.Count, candidates.Distinct().Count());
            Assert.Equal(Prompts, run.Counters.PromptsDone);

            // Only calls in flight at the moment of the kill can have been paid twice.
            var generated = models.RequestLog.Snapshot().Count(r => r.Kind == FakeRequestKind.Chat);
            Assert.InRange(generated, Prompts * Teachers, (Prompts * Teachers) + (PromptConcurrency * Teachers));
        }
        catch (Exception) when (Describe(doomed))
        {
            throw;
        }
        finally
        {
            if (successor is not null)
            {
                await successor.DisposeAsync();
            }

            await doomed.DisposeAsync();
        }
    }

    private bool Describe(AppProcess process)
    {
        output.WriteLine(process.Describe());
        return false;
    }
}
