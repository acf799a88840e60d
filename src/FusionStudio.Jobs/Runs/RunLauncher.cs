using FusionStudio.Data;
using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Puts a running run to work: makes sure each of its prompts has a progress row and enqueues one job per batch
/// that still has unfinished prompts. It never changes the status (that is <see cref="RunStatusMover"/>'s): the
/// jobs of a run that is not running do nothing. Safe to call again at any time (start, resume, retry, restart).
/// </summary>
public sealed class RunLauncher(
    IDbContextFactory<FusionDbContext> contexts, IBackgroundJobClient jobs, IRunChangeNotifier changes, IOptions<RunOptions> options)
{
    /// <summary>Returns the number of batch jobs enqueued.</summary>
    public async Task<int> LaunchAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking()
            .Where(r => r.Id == runId)
            .Select(r => new { r.DatasetId, r.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Run {runId} does not exist.");
        if (run.Status != RunStatus.Running)
        {
            return 0;
        }

        var promptCount = await AddMissingPromptRowsAsync(db, runId, run.DatasetId, cancellationToken);
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Counters.PromptCount, promptCount), cancellationToken);
        changes.Changed(runId);

        var batchSize = options.Value.BatchSize;
        var unfinishedBatches = await db.RunPrompts
            .Where(p => p.RunId == runId && p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed)
            .Select(p => p.Ordinal / batchSize * batchSize)
            .Distinct()
            .OrderBy(first => first)
            .ToListAsync(cancellationToken);

        foreach (var batch in unfinishedBatches.Select(first => RunBatchRange.Starting(first, batchSize)))
        {
            jobs.Enqueue<AdvanceRunBatchJob>(job => job.RunAsync(runId, batch.First, batch.Last, CancellationToken.None));
        }

        if (unfinishedBatches.Count == 0)
        {
            // Nothing left to advance (an empty dataset, or everything done before a restart): just settle the status.
            jobs.Enqueue<AdvanceRunBatchJob>(job => job.RunAsync(runId, 0, -1, CancellationToken.None));
        }

        return unfinishedBatches.Count;
    }

    private static async Task<int> AddMissingPromptRowsAsync(FusionDbContext db, int runId, int datasetId, CancellationToken cancellationToken)
    {
        var datasetCount = await db.DatasetPrompts.CountAsync(p => p.DatasetId == datasetId, cancellationToken);
        var known = await db.RunPrompts.CountAsync(p => p.RunId == runId, cancellationToken);
        if (known == datasetCount)
        {
            return known;
        }

        // In chunks, so a dataset of any size never sits whole in memory; the unique key guards against doubles.
        var existing = db.RunPrompts.Where(p => p.RunId == runId).Select(p => p.PromptId);
        var missing = db.DatasetPrompts
            .Where(p => p.DatasetId == datasetId && !existing.Contains(p.Id))
            .OrderBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Ordinal });
        const int chunk = 5_000;
        while (await missing.Take(chunk).ToListAsync(cancellationToken) is { Count: > 0 } rows)
        {
            db.RunPrompts.AddRange(rows.Select(p => new RunPrompt { RunId = runId, PromptId = p.Id, Ordinal = p.Ordinal }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return datasetCount;
    }
}
