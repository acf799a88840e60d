using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Data.RunChanges;

/// <summary>
/// Listens on <see cref="PostgresRunChangeTransport.Channel"/> over a connection of its own and hands each notice to
/// this process's <see cref="RunChangeFeed"/>. After a lost connection it tells every page to refresh, since notices
/// sent meanwhile are gone.
/// </summary>
public sealed class PostgresRunChangeListener(
    IOptions<DatabaseOptions> database, RunChangeFeed feed, ILogger<PostgresRunChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan _reconnectDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Unpooled: LISTEN belongs to the session, which must end with this connection.
        var connectionString = new NpgsqlConnectionStringBuilder(database.Value.ResolveConnectionString())
        {
            Pooling = false,
            KeepAlive = 30,
        }.ConnectionString;
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) => feed.Deliver(Parse(notice.Payload));
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresRunChangeTransport.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (lost)
                {
                    feed.DeliverAll();
                    lost = false;
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure here only costs the pages their notices (they poll meanwhile); it must never stop the host.
                lost = true;
                logger.LogWarning("Listening for run changes failed ({Message}); open pages fall back to polling until it is back", exception.Message);
                try
                {
                    await Task.Delay(_reconnectDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static IEnumerable<int> Parse(string payload) =>
        payload.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>();
}
