using Npgsql;

namespace FusionStudio.Data;

/// <summary>
/// Caps the parallel workers PostgreSQL may start for one of the app's queries. The pages' reads are short scans of
/// one run; a parallel plan first starts its worker processes, and on a small server (2 cores at 100,000 prompts)
/// that start took longer than the scan itself: a prompt-table sort answered in 258 ms with workers and in 52 ms
/// without. A connection string that sets <c>max_parallel_workers_per_gather</c> in its Options itself wins.
/// </summary>
public static class PostgresParallelQuery
{
    private const string Setting = "max_parallel_workers_per_gather";

    /// <param name="workersPerGather">Null leaves the server's own setting.</param>
    public static string Apply(string connectionString, int? workersPerGather)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (workersPerGather is not { } workers || builder.Options?.Contains(Setting, StringComparison.Ordinal) == true)
        {
            return connectionString;
        }

        var option = $"-c {Setting}={workers}";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? option : $"{builder.Options} {option}";
        return builder.ConnectionString;
    }
}
