using FusionStudio.Data;
using FusionStudio.Jobs.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// Batch ownership across worker processes: a PostgreSQL session-level advisory lock on the batch, held on a
/// connection of its own. The server drops the lock with the session, so a killed worker's batches are free at once,
/// and a worker that stays silent for <see cref="RunOptions.BatchLeaseTimeout"/> (paused, cut off) loses them.
/// </summary>
public sealed class PostgresBatchOwnership(
    IOptions<DatabaseOptions> database, IOptions<RunOptions> runs, WorkerIdentity worker, ILogger<PostgresBatchOwnership> logger) : IBatchOwnership
{
    /// <summary>How owner sessions are named in <c>pg_stat_activity</c>, followed by the owning worker's name.</summary>
    public const string ApplicationName = "fusionstudio-batch-owner";

    // Unpooled: a pooled connection keeps its session, and so the lock, after it is closed.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(database.Value.ResolveConnectionString())
    {
        Pooling = false,
        // Which process owns a batch is then one query away (pg_locks joined with pg_stat_activity).
        ApplicationName = $"{ApplicationName} {worker.Name}",
    }.ConnectionString;

    public async Task<IBatchLease?> TryTakeAsync(int runId, int firstOrdinal, BatchWork work, CancellationToken cancellationToken) =>
        await PostgresBatchLease.TryTakeAsync(
            new PostgresBatchLock(_connectionString, runId, PostgresBatchLock.SecondKey(firstOrdinal, work), runs.Value.BatchLeaseTimeout), logger, cancellationToken);
}
