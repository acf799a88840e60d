using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Data.RunChanges;

/// <summary>
/// Workers may be other processes: notices go out as one PostgreSQL NOTIFY per window (the run ids, comma-separated),
/// which every process listening on <see cref="Channel"/> receives (<see cref="PostgresRunChangeListener"/>).
/// </summary>
public sealed class PostgresRunChangeTransport(IOptions<DatabaseOptions> database) : IRunChangeTransport
{
    public const string Channel = "fusionstudio_run_changes";

    private readonly string _connectionString = database.Value.ResolveConnectionString();

    public async Task SendAsync(IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", string.Join(',', runIds.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
