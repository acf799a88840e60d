using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Health;

/// <summary>
/// Asks the database one trivial question on a plain connection, outside EF's retries: a health check must say "down"
/// now, not after the retries have waited for the database to come back.
/// </summary>
internal sealed class DatabaseProbe(IDbContextFactory<FusionDbContext> contexts)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>Null when the database answered; otherwise why not.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(patience.Token);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(patience.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(patience.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"The database did not answer within {Patience.TotalSeconds:0} s.";
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            if (exception is Npgsql.NpgsqlException)
            {
                // Connections opened before a restart are dead; the next probe should get a fresh one.
                Npgsql.NpgsqlConnection.ClearAllPools();
            }

            return $"The database does not answer: {exception.Message}";
        }
    }
}
