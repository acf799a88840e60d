using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Reliability;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// Start answers before the run's batches exist: it moves the status and queues the planning job, and the run page
/// can show the run (its prompt count from the plan) while the prompt rows are still being written.
/// </summary>
public sealed class StartAnswersAtOnceTests
{
    private const int Prompts = 500;

    [Fact]
    public async Task Starting_a_large_run_returns_before_its_batches_exist_and_the_plan_job_writes_them()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        // A web host runs no jobs: the planning job waits in the queue until this test runs it.
        await using var web = FusionApp.OnPostgres(database, HostRole.Web);
        web.CreateClient();
        var runId = await TestRuns.CreateAsync(web, "http://127.0.0.1:9/v1", new TestRunShape { Prompts = Prompts });

        await TestRuns.StartAsync(web, runId);

        await using (var db = web.CreateDbContext())
        {
            Assert.Equal(RunStatus.Running, await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync());
            Assert.Equal(0, await db.RunPrompts.CountAsync(p => p.RunId == runId));
        }

        Assert.Equal(1, await QueueAndRows.JobsAsync(database.ConnectionString, "Enqueued", nameof(PlanRunBatchesJob)));
        Assert.Equal(0, await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Enqueued"));
        var progress = await web.Services.GetRequiredService<RunProgressQuery>().LoadAsync(runId);
        Assert.NotNull(progress);
        Assert.Equal(RunStatus.Running, progress.Status);
        Assert.Equal(Prompts, progress.PromptCount);

        await using var scope = web.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<PlanRunBatchesJob>(scope.ServiceProvider).RunAsync(runId, CancellationToken.None);
        await using (var db = web.CreateDbContext())
        {
            Assert.Equal(Prompts, await db.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage == PromptStage.Pending));
        }

        Assert.True(await QueueAndRows.BatchJobsAsync(database.ConnectionString, "Enqueued") > 0, "the plan queued no batch job");
    }
}
