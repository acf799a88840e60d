using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Scaling;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Advances the unfinished prompts of one batch of a run (a range of prompt positions), many at a time. The job only
/// says "advance these": the database holds what is done, so the job can run twice, on any worker, after any crash.
/// </summary>
public sealed class AdvanceRunBatchJob(
    IDbContextFactory<FusionDbContext> contexts,
    RunContextLoader loader,
    PromptAdvancer advancer,
    RunCallLog callLog,
    RunCompletion completion,
    RunStatusMover mover,
    JobStorage storage,
    IBackgroundJobClient jobs,
    IOptions<RunOptions> options,
    ILogger<AdvanceRunBatchJob> logger)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(int runId, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        var run = await loader.LoadAsync(runId, cancellationToken);
        if (run is null || run.Run.Status != RunStatus.Running)
        {
            return;
        }

        // One job at a time per batch, across all workers: a re-driven or repeated job must not pay for the same calls twice.
        using var connection = storage.GetConnection();
        IDisposable batchLock;
        try
        {
            batchLock = connection.AcquireDistributedLock($"fusionstudio:run:{runId}:batch:{firstOrdinal}", TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            // Another worker is on this batch. Look again later: if it crashed, its lock expires and this job takes over.
            jobs.Schedule<AdvanceRunBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None), options.Value.BusyBatchRecheck);
            return;
        }

        using (batchLock)
        {
            await AdvanceLockedBatchAsync(run, firstOrdinal, lastOrdinal, cancellationToken);
        }
    }

    private async Task AdvanceLockedBatchAsync(RunContext run, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        var runId = run.Run.Id;
        await using (var watcher = new RunStatusWatcher(contexts, runId, options.Value.StatusCheckInterval, cancellationToken))
        {
            try
            {
                await AdvanceBatchAsync(run, firstOrdinal, lastOrdinal, watcher.Token);
            }
            catch (OperationCanceledException) when (watcher.RunStopped)
            {
                logger.LogInformation("Run {RunId} was paused or cancelled; batch {First}-{Last} stops here", runId, firstOrdinal, lastOrdinal);
                return;
            }
        }

        if (run.Run.BudgetCap is { } cap && (await callLog.SummaryAsync(runId, cancellationToken)).Cost >= cap)
        {
            await mover.TryMoveAsync(
                runId, RunCommand.PauseForBudget, $"Paused: the budget cap of ${cap:0.####} was reached. Raise it or resume to continue.", cancellationToken);
        }

        await completion.SettleAsync(runId, cancellationToken);
        if (run.Run.ScalingCandidateLimits.Count > 0)
        {
            // k values chosen up front: this batch's finished prompts get their FusioN@k points now.
            jobs.Enqueue<AdvanceScalingBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None));
        }
    }

    private async Task AdvanceBatchAsync(RunContext run, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var work = await db.RunPrompts.AsNoTracking()
            .Where(p => p.RunId == run.Run.Id && p.Ordinal >= firstOrdinal && p.Ordinal <= lastOrdinal)
            .Where(p => p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed)
            .Join(db.DatasetPrompts.AsNoTracking(), p => p.PromptId, d => d.Id, (p, d) => new { RunPromptId = p.Id, Prompt = d })
            .OrderBy(x => x.Prompt.Ordinal)
            .ToListAsync(cancellationToken);

        logger.LogInformation("Advancing run {RunId}, prompts {First}-{Last}: {Count} to do", run.Run.Id, firstOrdinal, lastOrdinal, work.Count);
        var budget = new BudgetGuard(run.Run.BudgetCap, run.Run.BudgetCap is null ? 0m : (await callLog.SummaryAsync(run.Run.Id, cancellationToken)).Cost);
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.PromptConcurrency, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                if (budget.Reached)
                {
                    return;
                }

                await advancer.AdvanceAsync(run, item.RunPromptId, item.Prompt, token);
                if (budget.IsCapped)
                {
                    budget.Add((await callLog.PromptSummaryAsync(run.Run.Id, item.Prompt.Id, token)).Cost);
                }
            });
    }
}
