using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs.Ownership;
using FusionStudio.Jobs.Scaling;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Advances the unfinished prompts of one batch of a run (a range of prompt positions), many at a time. The job only
/// says "advance these": the database holds what is done, so the job can run twice, on any worker, after any crash.
/// When its worker shuts down, the job starts no more prompts, lets the steps in flight land (within the host's grace
/// period), and hands the batch back to the queue for another worker.
/// </summary>
public sealed class AdvanceRunBatchJob(
    IDbContextFactory<FusionDbContext> contexts,
    RunContextLoader loader,
    BatchAdvancer advancer,
    RunCallLog callLog,
    RunCompletion completion,
    RunStatusMover mover,
    IBatchOwnership ownership,
    IBackgroundJobClient jobs,
    IHostApplicationLifetime lifetime,
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
        bool handedBack;
        await using (var lease = await ownership.TryTakeAsync(runId, firstOrdinal, BatchWork.Prompts, cancellationToken))
        {
            if (lease is null)
            {
                // Another live worker is on this batch. Look again later: ownership dies with its owner, so this job takes
                // over if that worker is gone by then.
                LookAgainLater(runId, firstOrdinal, lastOrdinal);
                return;
            }

            try
            {
                handedBack = await AdvanceOwnedBatchAsync(run, firstOrdinal, lastOrdinal, lease.Lost, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Hangfire aborts a job whose state another worker changed, e.g. a job taken over from a paused worker
                // that then woke up and finished its copy. The batch must not be left without a job to drive it.
                logger.LogWarning("Run {RunId}'s batch {First}-{Last}: this job was aborted; another looks again later", runId, firstOrdinal, lastOrdinal);
                LookAgainLater(runId, firstOrdinal, lastOrdinal);
                throw;
            }
        }

        if (handedBack)
        {
            // Enqueued after the lease is released, so the worker that takes it owns the batch at once.
            jobs.Enqueue<AdvanceRunBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None));
        }
    }

    /// <returns>Whether the batch was handed back unfinished because this worker is shutting down.</returns>
    private async Task<bool> AdvanceOwnedBatchAsync(RunContext run, int firstOrdinal, int lastOrdinal, CancellationToken lost, CancellationToken cancellationToken)
    {
        var runId = run.Run.Id;
        using var owned = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lost);
        IReadOnlyList<RunBatchRange> adopted;
        await using (var watcher = new RunStatusWatcher(contexts, runId, options.Value.StatusCheckInterval, owned.Token))
        {
            try
            {
                adopted = await AdvanceThroughOutagesAsync(run, new RunBatchRange(firstOrdinal, lastOrdinal), watcher.Token);
            }
            catch (OperationCanceledException) when (watcher.RunStopped)
            {
                logger.LogInformation("Run {RunId} was paused or cancelled; batch {First}-{Last} stops here", runId, firstOrdinal, lastOrdinal);
                return false;
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested)
            {
                // Its new owner finishes it; what this job stored stays, keyed so that nothing is stored twice. A job
                // looks again later all the same, in case the new owner's job is aborted before it is done.
                logger.LogWarning("Run {RunId}'s batch {First}-{Last} has another owner; this job stops", runId, firstOrdinal, lastOrdinal);
                LookAgainLater(runId, firstOrdinal, lastOrdinal);
                return false;
            }
        }

        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogInformation("Shutting down: run {RunId}'s batch {First}-{Last} goes back to the queue with its steps in flight stored", runId, firstOrdinal, lastOrdinal);
            return true;
        }

        if (run.Run.BudgetCap is { } cap && (await callLog.SummaryAsync(runId, cancellationToken)).Cost >= cap)
        {
            await mover.TryMoveAsync(
                runId, RunCommand.PauseForBudget, $"Paused: the budget cap of ${cap:0.####} was reached. Raise it or resume to continue.", cancellationToken);
        }

        await completion.SettleAsync(runId, cancellationToken);
        if (run.Run.ScalingCandidateLimits.Count > 0)
        {
            // k values chosen up front: the finished prompts of this batch and of those it took over get their FusioN@k points now.
            foreach (var batch in adopted.Prepend(new RunBatchRange(firstOrdinal, lastOrdinal)))
            {
                jobs.Enqueue<AdvanceScalingBatchJob>(job => job.RunAsync(runId, batch.First, batch.Last, CancellationToken.None));
            }
        }

        return false;
    }

    /// <summary>A job for the batch after <see cref="RunOptions.BusyBatchRecheck"/>: it takes the batch if it is free and unfinished.</summary>
    private void LookAgainLater(int runId, int firstOrdinal, int lastOrdinal) =>
        jobs.Schedule<AdvanceRunBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None), options.Value.BusyBatchRecheck);

    /// <summary>
    /// A database outage longer than EF's retries does not fail the job: it waits for the database and goes on, as the
    /// stored state says what is left. Model answers already paid for are kept by their writes' own waiting.
    /// </summary>
    private async Task<IReadOnlyList<RunBatchRange>> AdvanceThroughOutagesAsync(RunContext run, RunBatchRange batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<RunBatchRange> adopted = [];
        await DatabaseFaults.WaitOutAsync(
            async () => adopted = await advancer.AdvanceAsync(run, batch, cancellationToken),
            exception => logger.LogWarning(
                "Run {RunId}, prompts {Batch}: the database is away ({Reason}); waiting for it", run.Run.Id, batch, exception.Message),
            cancellationToken);
        return adopted;
    }
}
