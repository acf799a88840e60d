namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// Who advances a batch of a run right now: at most one job, across every worker process. Ownership dies with its
/// owner, so a killed worker's batches are free again at once instead of after a timeout.
/// </summary>
public interface IBatchOwnership
{
    /// <summary>Takes the batch for this work, or returns null when another live job owns it.</summary>
    Task<IBatchLease?> TryTakeAsync(int runId, int firstOrdinal, BatchWork work, CancellationToken cancellationToken);
}
