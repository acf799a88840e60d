using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data;

/// <summary>Whether a failed save broke a unique key, on either database.</summary>
public static class UniqueViolation
{
    // PostgreSQL reports SQLSTATE 23505; SQLite reports extended error 2067 (SQLITE_CONSTRAINT_UNIQUE).
    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException postgres => Is(postgres),
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        _ => false,
    };

    /// <summary>The same for a statement sent without EF Core (the insert batcher's multi-row inserts).</summary>
    public static bool Is(Npgsql.PostgresException exception) =>
        exception?.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation;
}
