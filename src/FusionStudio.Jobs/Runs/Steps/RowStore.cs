using FusionStudio.Data.Writes;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Stores a row of a step's result at most once, together with the model calls that produced it, in one
/// transaction: the call log and the results never disagree. Rows go through the <see cref="InsertBatcher"/>, so the
/// answers of many prompts share a round trip. The unique keys decide: when a second job (a retry, a re-driven batch,
/// another worker) got there first, its row stands and this one is dropped — but the calls this job paid for are still
/// logged, without a link. A row is a paid answer: while the database is away, its write waits for it.
/// </summary>
public sealed class RowStore(InsertBatcher inserts)
{
    public async Task<bool> AddOnceAsync<T>(T row, CancellationToken cancellationToken)
        where T : class, IRecordsCalls
    {
        ArgumentNullException.ThrowIfNull(row);
        if (await inserts.InsertAsync(row, cancellationToken))
        {
            return true;
        }

        await LogUnlinkedAsync(row.Calls, cancellationToken);
        return false;
    }

    private async Task LogUnlinkedAsync(IReadOnlyList<ModelCall> calls, CancellationToken cancellationToken)
    {
        foreach (var call in calls)
        {
            call.Id = 0;
            call.CandidateId = call.ScoreId = call.AggregateId = call.ComparisonId = call.LayerAnswerId = call.ThoughtTemplateId = null;
            await inserts.InsertAsync(call, cancellationToken);
        }
    }
}
