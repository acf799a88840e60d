using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data;

/// <summary>
/// Applies pending migrations, one process at a time. Web and worker processes start together against one
/// PostgreSQL database; without a lock across processes, two of them can apply the same migration and one fails on
/// a column that already exists.
/// </summary>
public static class DatabaseMigrator
{
    // A fixed key for the session-level advisory lock that guards migrating ("FusionS" in ASCII).
    private const long MigrationLockKey = 0x46_75_73_69_6F_6E_53;

    public static async Task MigrateAsync(FusionDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite)
        {
            // One SQLite file belongs to one process.
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // The lock belongs to the session, so the migrations run on the same open connection that holds it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
