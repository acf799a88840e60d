using System.Collections.Concurrent;

namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// Batch ownership for SQLite and in-memory queues, where one process runs every job: a set of held batches in
/// memory, which the process's death clears with everything else.
/// </summary>
public sealed class InProcessBatchOwnership : IBatchOwnership
{
    private readonly ConcurrentDictionary<(int RunId, int FirstOrdinal), byte> _held = new();

    public Task<IBatchLease?> TryTakeAsync(int runId, int firstOrdinal, CancellationToken cancellationToken)
    {
        var key = (runId, firstOrdinal);
        IBatchLease? lease = _held.TryAdd(key, 0) ? new InProcessBatchLease(() => _held.TryRemove(key, out _)) : null;
        return Task.FromResult(lease);
    }
}
