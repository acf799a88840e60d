using System.Globalization;
using Npgsql;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// The CPU time of a local PostgreSQL server: its postmaster, every backend and helper process now running, and
/// those that have ended (counted in the postmaster's reaped-children times).
/// </summary>
internal sealed class PostgresServerCpu(int postmasterPid)
{
    /// <summary>Finds the postmaster through the server's data directory; null when the server is not on this machine.</summary>
    public static async Task<PostgresServerCpu?> FindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var directory = (string?)await command.ExecuteScalarAsync();
        var pidFile = directory is null ? null : Path.Combine(directory, "postmaster.pid");
        if (pidFile is null || !File.Exists(pidFile))
        {
            return null;
        }

        var pid = int.Parse((await File.ReadAllLinesAsync(pidFile))[0], CultureInfo.InvariantCulture);
        return new PostgresServerCpu(pid);
    }

    public TimeSpan Total() =>
        ProcFs.Tree(postmasterPid).Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcFs.CpuTime(pid, reapedChildren: pid == postmasterPid));
}
