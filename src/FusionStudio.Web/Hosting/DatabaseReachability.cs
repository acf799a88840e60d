using System.Diagnostics;
using FusionStudio.Data;
using Npgsql;

namespace FusionStudio.Web.Hosting;

/// <summary>
/// Before migrating, makes sure PostgreSQL answers: it waits a little for a server that is still coming up, saying so
/// while it waits, and gives up with one clear line when the server stays away or refuses the login.
/// </summary>
internal static class DatabaseReachability
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public static async Task WaitAsync(DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var target = new NpgsqlConnectionStringBuilder(options.ResolveConnectionString()) { Pooling = false, Timeout = 5 };
        var where = $"{target.Host}:{target.Port}";
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(target.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (StartupProblem.Database(exception) is { } problem && !IsStillStarting(exception))
            {
                // A wrong password or a missing database does not get better by waiting.
                throw new StartupProblemException(problem);
            }
            catch (NpgsqlException exception)
            {
                var left = options.StartupWait - waited.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new StartupProblemException(
                        $"PostgreSQL at {where} did not answer within {options.StartupWait.TotalSeconds:0} s ({Reason(exception)}): check that it is running and Host/Port in Database:ConnectionString (Database:StartupWait sets the wait).");
                }

                logger.LogWarning("Waiting for PostgreSQL at {Where} ({Reason}); giving up in {Left:0} s", where, Reason(exception), left.TotalSeconds);
                await Task.Delay(Pause, cancellationToken);
            }
        }
    }

    // Refused connections and a server that says it is starting up are worth a short wait; the rest is not.
    private static bool IsStillStarting(NpgsqlException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow } || exception.InnerException is System.Net.Sockets.SocketException || exception.InnerException is TimeoutException;

    private static string Reason(NpgsqlException exception) => exception.InnerException?.Message ?? exception.Message;
}
