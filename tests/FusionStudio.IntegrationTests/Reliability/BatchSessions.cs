using Npgsql;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>The server's view of batch owners: the sessions that hold a batch's advisory lock.</summary>
internal static class BatchSessions
{
    // Two-integer advisory keys show as classid, objid with objsubid 2.
    private const string Holders = """
        SELECT pid FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid::bigint = $1 AND objid::bigint = $2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    public static async Task<int> CountAsync(string connectionString, int runId, int firstOrdinal) =>
        (int)(long)(await ScalarAsync(connectionString, $"SELECT count(*) FROM ({Holders}) h", runId, firstOrdinal) ?? 0L);

    /// <summary>The server process ids of the sessions holding the batch.</summary>
    public static async Task<List<int>> HolderPidsAsync(string connectionString, int runId, int firstOrdinal)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Holders, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)runId });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)firstOrdinal });
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    /// <summary>Ends the sessions holding the batch, as the server does when their process dies; returns how many.</summary>
    public static async Task<int> TerminateAsync(string connectionString, int runId, int firstOrdinal) =>
        (int)(long)(await ScalarAsync(connectionString, $"SELECT count(pg_terminate_backend(pid)) FROM ({Holders}) h", runId, firstOrdinal) ?? 0L);

    /// <summary>Batches (run, first ordinal) held right now.</summary>
    public static async Task<int> HeldCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2", connection);
        return (int)(long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, int runId, int firstOrdinal)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)runId });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)firstOrdinal });
        return await command.ExecuteScalarAsync();
    }
}
