using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Stores a row of a step's result at most once, together with the model calls that produced it, in one
/// transaction: the call log and the results never disagree. The unique keys decide: when a second job (a retry,
/// a re-driven batch, another worker) got there first, its row stands and this one is dropped — but the calls
/// this job paid for are still logged, without a link.
/// </summary>
public sealed class RowStore(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<bool> AddOnceAsync<T>(T row, CancellationToken cancellationToken)
        where T : class, IRecordsCalls
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                // Falls through: the row is another job's; only the calls are ours to log.
            }
        }

        await LogUnlinkedAsync(row.Calls, cancellationToken);
        return false;
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
            call.CandidateId = call.ScoreId = call.AggregateId = call.ComparisonId = null;
        }

        db.ModelCalls.AddRange(calls);
        await db.SaveChangesAsync(cancellationToken);
    }
}
