using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Stores a row of a step's result at most once. The unique keys decide: when a second job (a retry, a re-driven
/// batch, another worker) got there first, its row stands and this one is dropped.
/// </summary>
public sealed class RowStore(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<bool> AddOnceAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        // A row is a paid answer: while the database is away (longer than EF's own retries), its write waits for it.
        while (true)
        {
            try
            {
                return await TryAddOnceAsync(row, cancellationToken);
            }
            catch (Exception exception) when (DatabaseFaults.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(DatabaseFaults.OutagePause, cancellationToken);
            }
        }
    }

    private async Task<bool> TryAddOnceAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            return false;
        }
    }

    // PostgreSQL reports SQLSTATE 23505; SQLite reports extended error 2067 (SQLITE_CONSTRAINT_UNIQUE).
    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        _ => false,
    };
}
