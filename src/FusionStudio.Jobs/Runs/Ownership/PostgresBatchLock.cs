using System.Globalization;
using Npgsql;

namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// The advisory lock of one batch: keys (run id, <see cref="SecondKey"/>) in PostgreSQL's two-integer key space, which
/// does not overlap the one-bigint keys (the migration lock).
/// </summary>
public sealed record PostgresBatchLock(string ConnectionString, int RunId, int FirstOrdinal, TimeSpan LeaseTimeout)
{
    /// <summary>The batch's first ordinal for its prompts; ordinals are never negative, so other work counts down from -1.</summary>
    public static int SecondKey(int firstOrdinal, BatchWork work) => work == BatchWork.Prompts ? firstOrdinal : -1 - firstOrdinal;

    /// <summary>An open session holding the lock, or null when another session holds it.</summary>
    public async Task<NpgsqlConnection?> TryTakeAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // The server ends a session that stays idle this long, so an owner that stops sending heartbeats (a paused
            // process, a lost network) loses the batch without any help from it.
            await using (var timeout = new NpgsqlCommand("SELECT set_config('idle_session_timeout', $1, false)", connection))
            {
                timeout.Parameters.Add(new NpgsqlParameter { Value = ((long)LeaseTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) });
                await timeout.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", connection);
            take.Parameters.Add(new NpgsqlParameter { Value = RunId });
            take.Parameters.Add(new NpgsqlParameter { Value = FirstOrdinal });
            if (await take.ExecuteScalarAsync(cancellationToken) is true)
            {
                return connection;
            }

            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
