using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// Keeps each run's call-log summary stored as its calls are stored: every save that adds calls to a run also
/// raises each prompt's slowest call per step (<see cref="PromptStepLatency"/>) and appends what it added per purpose
/// (<see cref="CallLogDelta"/>), in the same transaction, so the summary can never disagree with the calls. The run
/// page then reads a few thousand small rows instead of grouping millions of calls.
/// </summary>
public static class CallLogTotals
{
    /// <summary>
    /// Saves the context's changes; calls among them add to their runs' totals in the same transaction (the
    /// caller's, or one opened here and retried whole on a transient fault).
    /// </summary>
    internal static async Task<int> SaveAsync(
        FusionDbContext db, Func<bool, CancellationToken, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        if (detect)
        {
            tracker.DetectChanges();
        }

        // Detected once here: the save itself need not scan the tracked rows again.
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var calls = AddedCalls(db);
            if (calls.Count == 0)
            {
                return await save(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            }

            if (db.Database.CurrentTransaction is not null)
            {
                await AddAsync(db, calls, cancellationToken).ConfigureAwait(false);
                return await save(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            }

            var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(
                (db, calls, save),
                static async (_, state, token) =>
                {
                    var (context, added, store) = state;
                    await using var transaction = await context.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                    var deltas = await AddAsync(context, added, token).ConfigureAwait(false);
                    try
                    {
                        var count = await store(false, token).ConfigureAwait(false);
                        await transaction.CommitAsync(token).ConfigureAwait(false);
                        return count;
                    }
                    catch
                    {
                        // Rolled back: a retry (or the caller's next try) adds them afresh.
                        foreach (var delta in deltas)
                        {
                            context.Entry(delta).State = EntityState.Detached;
                        }

                        throw;
                    }
                },
                null,
                cancellationToken).ConfigureAwait(false);
            if (acceptAllChangesOnSuccess)
            {
                tracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Adds what these calls bring to their runs' totals: each prompt's slowest call per step is raised now, so this
    /// must run in the transaction that stores the calls, and the deltas are tracked for the save that follows.
    /// Calls outside a run (a thought template set's) have no run summary and are left out.
    /// </summary>
    /// <returns>The delta rows added to the context.</returns>
    public static async Task<IReadOnlyList<CallLogDelta>> AddAsync(FusionDbContext db, IReadOnlyCollection<ModelCall> calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calls);
        var raised = await PromptStepUpsert.RaiseAsync(db, SlowestPerStep(calls), cancellationToken).ConfigureAwait(false);
        var deltas = Deltas(calls, raised);
        db.AddRange(deltas);
        return deltas;
    }

    /// <summary>
    /// Each prompt's slowest call per step among these calls, for <see cref="PromptStepUpsert"/> to raise; in one order
    /// for every writer, so two saves that raise the same prompts lock them in the same order.
    /// </summary>
    internal static List<(PromptStepKey Key, int SlowestMs)> SlowestPerStep(IReadOnlyCollection<ModelCall> calls) =>
        calls
            .Where(c => c.RunId is not null && c.PromptId is not null)
            .GroupBy(c => new PromptStepKey(c.RunId!.Value, c.Purpose, c.PromptId!.Value))
            .Select(g => (Key: g.Key, SlowestMs: g.Max(c => c.Usage.LatencyMs)))
            .OrderBy(s => s.Key.RunId).ThenBy(s => s.Key.Purpose).ThenBy(s => s.Key.PromptId)
            .ToList();

    /// <summary>
    /// What these calls add per run and purpose, given the steps their save raised. Calls outside a run (a thought
    /// template set's) have no run summary and are left out.
    /// </summary>
    internal static List<CallLogDelta> Deltas(IReadOnlyCollection<ModelCall> calls, IEnumerable<RaisedStep> raisedSteps)
    {
        var raised = raisedSteps.ToLookup(r => (r.Key.RunId, r.Key.Purpose));
        return calls
            .Where(c => c.RunId is not null)
            .GroupBy(c => (RunId: c.RunId!.Value, c.Purpose))
            .Select(g =>
            {
                var steps = raised[g.Key];
                return new CallLogDelta
                {
                    RunId = g.Key.RunId,
                    Purpose = g.Key.Purpose,
                    Calls = g.Count(),
                    NewPrompts = steps.Count(s => s.PreviousMs is null),
                    Attempts = g.Sum(c => c.Attempts),
                    CacheHits = g.Count(c => c.Usage.CacheHit),
                    InputTokens = g.Sum(c => (long)c.Usage.InputTokens),
                    OutputTokens = g.Sum(c => (long)c.Usage.OutputTokens),
                    Cost = g.Sum(c => c.Usage.Cost),
                    LatencyMs = g.Sum(c => (long)c.Usage.LatencyMs),
                    MaxLatencyMs = g.Max(c => c.Usage.LatencyMs),
                    SlowestCallsMs = steps.Sum(s => (long)s.SlowestMs - (s.PreviousMs ?? 0)),
                };
            })
            .ToList();
    }

    /// <summary>Saving calls must go through <see cref="SaveAsync"/>: the synchronous save refuses them rather than skip their totals.</summary>
    internal static void RefuseSynchronousCalls(FusionDbContext db)
    {
        if (AddedCalls(db).Count > 0)
        {
            throw new InvalidOperationException(
                "Model calls are stored with SaveChangesAsync, which keeps their run's call-log totals in the same transaction; SaveChanges cannot.");
        }
    }

    private static List<ModelCall> AddedCalls(FusionDbContext db) =>
        db.ChangeTracker.Entries<ModelCall>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
}
