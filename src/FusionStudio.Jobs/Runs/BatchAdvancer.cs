using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Advances the unfinished prompts of a job's batch through the process's prompt slots. When the job is down to its
/// tail (all its prompts under way, at most a quarter of a batch still running) and slots sit idle, it takes over
/// another free batch of the run (<see cref="BatchAdopter"/>), so a job waiting on its slowest prompts keeps its worker
/// busy with the run's other work. Only at the tail: a job that took over batches whenever slots were free would pull a
/// whole run into one process and leave the other processes' workers with nothing to own.
/// </summary>
public sealed class BatchAdvancer(
    IDbContextFactory<FusionDbContext> contexts,
    PromptAdvancer advancer,
    PromptSlots slots,
    BatchAdopter adopter,
    RunCallLog callLog,
    IHostApplicationLifetime lifetime,
    ILogger<BatchAdvancer> logger)
{
    /// <returns>The batches taken over beside <paramref name="batch"/>; their prompts were advanced too.</returns>
    public async Task<IReadOnlyList<RunBatchRange>> AdvanceAsync(RunContext run, RunBatchRange batch, CancellationToken cancellationToken)
    {
        var runId = run.Run.Id;
        var tail = Math.Max(1, (batch.Last - batch.First + 1) / 4);
        var budget = new BudgetGuard(run.Run.BudgetCap, run.Run.BudgetCap is null ? 0m : (await callLog.SummaryAsync(runId, cancellationToken)).Cost);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var adopted = new List<AdoptedBatch>();
        var inFlight = new List<Task>();
        var waiting = 0;
        try
        {
            var work = await UnfinishedAsync(runId, batch, cancellationToken);
            logger.LogInformation("Advancing run {RunId}, prompts {Batch}: {Count} to do", runId, batch, work.Count);
            Start(work, CancellationToken.None);
            var mayAdopt = true;
            while (inFlight.Count > 0)
            {
                var ended = await Task.WhenAny(inFlight);
                inFlight.Remove(ended);
                await ended;
                if (mayAdopt && inFlight.Count <= tail && Volatile.Read(ref waiting) == 0 && slots.AnyFree && !budget.Reached && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    var taken = await adopter.TryAdoptAsync(runId, [batch, .. adopted.Select(a => a.Range)], cancellationToken);
                    // None free now: the run's other batches are owned or done, and it stays that way but for a dead worker,
                    // whose batches their own jobs pick up.
                    mayAdopt = taken is not null;
                    if (taken is not null)
                    {
                        adopted.Add(taken);
                        var more = await UnfinishedAsync(runId, taken.Range, cancellationToken);
                        logger.LogInformation("Run {RunId}: slots idle while prompts {Batch} end; taking over prompts {Adopted} ({Count} to do)", runId, batch, taken.Range, more.Count);
                        Start(more, taken.Lease.Lost);
                    }
                }
            }
        }
        catch
        {
            // Nothing of a batch runs once its lease is handed back: the prompts still in flight end first.
            await failed.CancelAsync();
            await Task.WhenAll(inFlight.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw;
        }
        finally
        {
            foreach (var taken in adopted)
            {
                await taken.Lease.DisposeAsync();
            }
        }

        return adopted.Select(a => a.Range).ToList();

        void Start(List<PromptWork> prompts, CancellationToken lost)
        {
            Interlocked.Add(ref waiting, prompts.Count);
            // Every prompt queues for a slot at once, in order: the process's slots, not the batch, bound the work.
            inFlight.AddRange(prompts.Select(p => AdvanceOneAsync(p, lost)));
        }

        async Task AdvanceOneAsync(PromptWork item, CancellationToken lost)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(failed.Token, lost);
            try
            {
                using var slot = await slots.TakeAsync(stop.Token);
                Interlocked.Decrement(ref waiting);
                // A worker that is shutting down starts no new prompt; the ones in flight finish their current step.
                if (budget.Reached || lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                await advancer.AdvanceAsync(run, item.RunPromptId, item.Prompt, lifetime.ApplicationStopping, stop.Token);
                if (budget.IsCapped)
                {
                    budget.Add((await callLog.PromptSummaryAsync(runId, item.Prompt.Id, stop.Token)).Cost);
                }
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested && !failed.IsCancellationRequested)
            {
                // A taken-over batch got another owner: it finishes this prompt, keyed so that nothing is stored twice.
            }
        }
    }

    private async Task<List<PromptWork>> UnfinishedAsync(int runId, RunBatchRange batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RunPrompts.AsNoTracking()
            .Where(p => p.RunId == runId && p.Ordinal >= batch.First && p.Ordinal <= batch.Last)
            .Where(p => p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed)
            .Join(db.DatasetPrompts.AsNoTracking(), p => p.PromptId, d => d.Id, (p, d) => new { RunPromptId = p.Id, Prompt = d })
            .OrderBy(x => x.Prompt.Ordinal)
            .Select(x => new PromptWork(x.RunPromptId, x.Prompt))
            .ToListAsync(cancellationToken);
    }

    private sealed record PromptWork(long RunPromptId, DatasetPrompt Prompt);
}
