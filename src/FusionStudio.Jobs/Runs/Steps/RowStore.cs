using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Stores a row of a step's result at most once, together with the model calls that produced it, in one
/// transaction: the call log and the results never disagree. The unique keys decide: when a second job (a retry,
/// a re-driven batch, another worker) got there first, its row stands and this one is dropped — but the calls
/// this job paid for are still logged, without a link. A row is a paid answer: while the database is away (longer
/// than EF's own retries), its write waits for it.
/// </summary>
public sealed class RowStore(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<bool> AddOnceAsync<T>(T row, CancellationToken cancellationToken)
        where T : class, IRecordsCalls
    {
        ArgumentNullException.ThrowIfNull(row);
        while (true)
        {
            try
            {
                if (await TryAddAsync(row, cancellationToken))
                {
                    return true;
                }

                await LogUnlinkedAsync(row.Calls, cancellationToken);
                return false;
            }
            catch (Exception exception) when (DatabaseFaults.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(DatabaseFaults.OutagePause, cancellationToken);
            }
        }
    }

    /// <summary>False when another job's row holds the unique key.</summary>
    private async Task<bool> TryAddAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return false;
        }
    }

    private async Task LogUnlinkedAsync(IReadOnlyList<ModelCall> calls, CancellationToken cancellationToken)
    {
        if (calls.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var call in calls)
        {
            call.Id = 0;
            call.CandidateId = call.ScoreId = call.AggregateId = call.ComparisonId = call.LayerAnswerId = call.ThoughtTemplateId = null;
        }

        db.ModelCalls.AddRange(calls);
        await db.SaveChangesAsync(cancellationToken);
    }
}
