using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A worker stopped with SIGTERM (a deploy, <c>docker stop</c>) lands its calls in flight and hands its batch back.</summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int Prompts = 12;
    private const int Teachers = 4;
    private const int PromptConcurrency = 4;

    [Fact]
    public async Task A_stopped_worker_stores_every_call_it_paid_for_and_hands_its_batch_back()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        // Slow answers, so that calls are in flight when the signal comes.
        models.Configure(o => o with { LatencyMs = 1_500 });
        var settings = WorkerProcessSettings.For(database.ConnectionString, Prompts, PromptConcurrency);
        settings["Hosting__ShutdownGracePeriod"] = "00:00:30";
        var stopping = AppProcess.Start("stopping worker", settings);
        FusionApp? successor = null;
        try
        {
            await stopping.WaitForHealthAsync(_ => true, ComposeDeployment.Patience, "answer from /healthz");
            await using var web = FusionApp.OnPostgres(database, HostRole.Web);
            web.CreateClient();
            var runId = await TestRuns.CreateAsync(web, models.BaseUrl, new TestRunShape { Prompts = Prompts });
            await TestRuns.StartAsync(web, runId);
            await Eventually.TrueAsync(
                async () => await BatchSessions.CountAsync(database.ConnectionString, runId, 0) == 1 && await StoredCallsAsync(web, runId) >= Teachers,
                ComposeDeployment.Patience);

            stopping.Terminate();
            Assert.Equal(0, await stopping.WaitForExitAsync(ComposeDeployment.Patience));

            // Every request the provider answered is stored: nothing paid for was dropped on the way out.
            var stored = await StoredCallsAsync(web, runId);
            output.WriteLine($"Stopped with {stored} calls stored, {SentRequests(models)} requests answered.");
            Assert.Equal(SentRequests(models), stored);
            Assert.InRange(stored, Teachers, (Prompts * Teachers) - 1);
            Assert.Equal(0, await BatchSessions.CountAsync(database.ConnectionString, runId, 0));
            Assert.Equal(1, await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Enqueued"));

            successor = FusionApp.OnPostgres(database, HostRole.Worker)
                .With("Runs:BatchSize", Prompts.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With("Runs:PromptConcurrency", PromptConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
            successor.CreateClient();
            var run = await TestRuns.WaitUntilFinishedAsync(successor, runId);

            Assert.Equal(RunStatus.Completed, run.Status);
            Assert.Equal(Prompts, run.Counters.PromptsDone);
            Assert.Equal(Prompts * Teachers, models.RequestLog.Snapshot().Count(r => r.Kind == FakeRequestKind.Chat));
            Assert.Equal(SentRequests(models), await StoredCallsAsync(web, runId));
        }
        catch (Exception) when (Describe(stopping))
        {
            throw;
        }
        finally
        {
            if (successor is not null)
            {
                await successor.DisposeAsync();
            }

            await stopping.DisposeAsync();
        }
    }

    private bool Describe(AppProcess process)
    {
        output.WriteLine(process.Describe());
        return false;
    }

    private static int SentRequests(FakeOpenAiServer models) =>
        models.RequestLog.Snapshot().Count(r => r.Kind is not (FakeRequestKind.Models or FakeRequestKind.Invalid));

    private static async Task<int> StoredCallsAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        return await db.ModelCalls.CountAsync(c => c.RunId == runId && !c.Usage.CacheHit);
    }
}
