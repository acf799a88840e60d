using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FusionStudio.Data;

/// <summary>Tells a database that is away for a while (restart, failover, network) from a real error.</summary>
public static class DatabaseFaults
{
    /// <summary>How long work that waits out an outage pauses between tries.</summary>
    public static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(1);

    /// <summary>Runs the operation until it gets through, pausing while the database is away; other failures are thrown.</summary>
    public static async Task WaitOutAsync(Func<Task> operation, Action<Exception>? onOutage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        while (true)
        {
            try
            {
                await operation().ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                onOutage?.Invoke(exception);
                await Task.Delay(OutagePause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
