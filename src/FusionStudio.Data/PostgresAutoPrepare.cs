using Npgsql;

namespace FusionStudio.Data;

/// <summary>
/// Turns on Npgsql's automatic preparation for the app's own connections. A run sends the same few statements
/// thousands of times (its inserts, stage moves, per-prompt reads); prepared, PostgreSQL skips parsing and planning
/// them, and the pool's reset keeps them instead of discarding them.
/// </summary>
public static class PostgresAutoPrepare
{
    public static string Apply(string connectionString, int statements)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare > 0 || statements == 0)
        {
            return connectionString;
        }

        builder.MaxAutoPrepare = statements;
        return builder.ConnectionString;
    }
}
