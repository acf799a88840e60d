using System.Collections.Concurrent;

namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// Batch ownership for SQLite and in-memory queues, where one process runs every job: a set of held batches in
/// memory, which the process's death clears with everything else.
/// </summary>
public sealed class InProcessBatchOwnership : IBatchOwnership
{
    private readonly ConcurrentDictionary<(int RunId, int FirstOrdinal, BatchWork Work), byte> _held = new();

    public Task<IBatchLease?> TryTakeAsync(int runId, int firstOrdinal, BatchWork work, CancellationToken cancellationToken)
    {
        var key = (runId, firstOrdinal, work);
        IBatchLease? lease = _held.TryAdd(key, 0) ? new InProcessBatchLease(() => _held.TryRemove(key, out _)) : null;
        return Task.FromResult(lease);
    }
}
