using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>
/// Hangfire aborts a running job when another worker changes its state — as when a paused worker wakes up and finishes
/// its copy of a job that a live worker had taken over. The batch must keep a job that drives it, or it stands still.
/// </summary>
public sealed class AbortedJobTests
{
    private const int Prompts = 6;

    [Fact]
    public async Task An_aborted_batch_job_leaves_a_job_that_looks_at_the_batch_again()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = 500 });

        // A web host runs no jobs: this test plays the worker, and so decides when the job is aborted.
        await using var web = FusionApp.OnPostgres(database, HostRole.Web);
        web.CreateClient();
        var runId = await TestRuns.CreateAsync(web, models.BaseUrl, new TestRunShape { Prompts = Prompts });
        await TestRuns.StartAsync(web, runId);
        await using var scope = web.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<PlanRunBatchesJob>(scope.ServiceProvider).RunAsync(runId, CancellationToken.None);
        var planned = await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Enqueued");
        Assert.Equal(1, planned);

        using var abort = new CancellationTokenSource();
        var job = ActivatorUtilities.CreateInstance<AdvanceRunBatchJob>(scope.ServiceProvider).RunAsync(runId, 0, Prompts - 1, abort.Token);
        await Eventually.TrueAsync(async () => await QueueAndRows.CandidatesAsync(web, runId) > 0, TimeSpan.FromMinutes(1));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job);
        Assert.Equal(1, await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Scheduled"));
        await using var db = web.CreateDbContext();
        Assert.True(await db.RunPrompts.AnyAsync(p => p.RunId == runId && p.Stage != PromptStage.Done), "the batch was finished before the abort");
    }
}
