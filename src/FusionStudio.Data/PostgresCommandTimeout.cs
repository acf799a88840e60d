using Npgsql;

namespace FusionStudio.Data;

/// <summary>
/// Gives the app's connections EF Core's command timeout as their default, so the commands the app builds itself
/// (batched upserts, advisory locks, cache lookups) wait as long as EF Core's do. Npgsql sets a socket's timeout
/// again whenever a command's timeout differs from the one before it on that connection: mixed timeouts cost a system
/// call per command.
/// </summary>
public static class PostgresCommandTimeout
{
    public static string Apply(string connectionString, int seconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.CommandTimeout == seconds)
        {
            return connectionString;
        }

        builder.CommandTimeout = seconds;
        return builder.ConnectionString;
    }
}
