using System.Globalization;
using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A worker stopped with SIGTERM while it computes FusioN@k points lands its fusions in flight and hands the batch back.</summary>
public sealed class ScalingShutdownTests(ITestOutputHelper output)
{
    private const int Prompts = 8;
    private const int PromptConcurrency = 2;
    private static readonly int[] s_limits = [1, 2, 3];

    [Fact]
    public async Task A_stopped_worker_stores_the_fusions_it_paid_for_and_its_successor_fuses_only_what_is_missing()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
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
            Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(web, runId)).Status);

            // Slow answers from here on, so that fusions are in flight when the signal comes.
            models.RequestLog.Clear();
            models.Configure(o => o with { LatencyMs = 1_500 });
            var confirmation = await web.Services.GetRequiredService<ScalingLauncher>()
                .ConfirmAsync(runId, new ScalingRequest(s_limits, Subsets: 1), CancellationToken.None);
            Assert.True(confirmation.Queued, confirmation.Message);
            await Eventually.TrueAsync(async () => await PaidCallsAsync(web, runId, ModelCallPurpose.ScalingFuse) >= 1, ComposeDeployment.Patience);

            stopping.Terminate();
            Assert.Equal(0, await stopping.WaitForExitAsync(ComposeDeployment.Patience));

            // Every fusion and judgement the provider answered is stored; the batch waits in the queue for the next worker.
            var fused = Answered(models, FakeRequestKind.Fusion);
            output.WriteLine($"Stopped after {fused} fusions of {Prompts * s_limits.Length}.");
            Assert.Equal(fused, await PaidCallsAsync(web, runId, ModelCallPurpose.ScalingFuse));
            Assert.Equal(Answered(models, FakeRequestKind.PointwiseJudge), await PaidCallsAsync(web, runId, ModelCallPurpose.ScalingJudge));
            Assert.InRange(fused, 1, (Prompts * s_limits.Length) - 1);
            Assert.Equal(1, await QueueAndRows.JobsAsync(database.ConnectionString, "Enqueued", nameof(AdvanceScalingBatchJob)));

            successor = FusionApp.OnPostgres(database, HostRole.Worker)
                .With("Runs:BatchSize", Prompts.ToString(CultureInfo.InvariantCulture))
                .With("Runs:PromptConcurrency", PromptConcurrency.ToString(CultureInfo.InvariantCulture));
            successor.CreateClient();
            await Eventually.TrueAsync(async () => await ScoredPointsAsync(web, runId) == Prompts * s_limits.Length, ComposeDeployment.Patience);

            // Each point was fused once over both workers: nothing paid for before the stop was asked again.
            Assert.Equal(Prompts * s_limits.Length, Answered(models, FakeRequestKind.Fusion));
            Assert.Equal(Prompts * s_limits.Length, await PaidCallsAsync(web, runId, ModelCallPurpose.ScalingFuse));
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

    private static int Answered(FakeOpenAiServer models, FakeRequestKind kind) =>
        models.RequestLog.Snapshot().Count(r => r.Kind == kind && r.StatusCode == 200 && !r.Aborted);

    private static async Task<int> PaidCallsAsync(FusionApp app, int runId, ModelCallPurpose purpose)
    {
        await using var db = app.CreateDbContext();
        return await db.ModelCalls.CountAsync(c => c.RunId == runId && c.Purpose == purpose && !c.Usage.CacheHit);
    }

    private static async Task<int> ScoredPointsAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        return await db.Scores.CountAsync(s => s.RunId == runId && s.Value != null
            && db.Aggregates.Any(a => a.Id == s.AggregateId && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit < 4));
    }
}
