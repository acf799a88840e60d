using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Data;

/// <summary>Where FusionStudio keeps its data. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it may be left empty: the database is then a file in
    /// <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file; defaults to the user's local application data.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// PostgreSQL: times an operation is tried again after a transient fault (lost connection, server restarting),
    /// with growing pauses up to <see cref="TransientRetryMaxDelay"/>; the defaults ride out about a minute and a half.
    /// </summary>
    [Range(0, 50)]
    public int TransientRetries { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TransientRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a starting process waits for PostgreSQL to answer before it exits with an error.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StartupWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Most rows one write of the insert batcher stores: the rows that steps finish while a write is in flight go
    /// together in the next, so under load one round trip stores many answers.
    /// </summary>
    [Range(1, 5000)]
    public int InsertBatchSize { get; set; } = 500;

    /// <summary>
    /// PostgreSQL: a run's rows in a table, added by this process, at which the table is analyzed (and again at each
    /// doubling), so plans follow a run as it grows; 0 leaves it to autovacuum. See <see cref="Writes.TableStatistics"/>.
    /// </summary>
    [Range(0, 10_000_000)]
    public int AnalyzeAfterInsertedRows { get; set; } = 500;

    /// <summary>
    /// Writes the insert batcher runs at the same time, each for its own share of the prompts. One is the default: the
    /// rows that arrive while it writes make the next write larger, which cost less per row than two smaller writes
    /// (1,000 × 8 at concurrency 64: 1.9 instead of 2.5 commands and 1.4 instead of 1.6 ms of CPU per call).
    /// </summary>
    [Range(1, 16)]
    public int InsertWriters { get; set; } = 1;

    /// <summary>
    /// PostgreSQL: statements each connection keeps prepared once they are used often (Npgsql's automatic
    /// preparation), so the run's hot inserts and reads are not parsed and planned again on every call. A connection
    /// string that sets <c>Max Auto Prepare</c> itself wins.
    /// </summary>
    [Range(0, 1000)]
    public int AutoPreparedStatements { get; set; } = 100;

    /// <summary>
    /// PostgreSQL: the insert batcher stores its rows (answers with their model calls, scores, cache entries) with one
    /// multi-row insert per table instead of EF Core's change tracking and a command per row, the largest item of the
    /// app's CPU per model call before. See <see cref="Writes.PostgresRowWriter"/>. Off, EF Core stores them.
    /// </summary>
    public bool MultiRowInserts { get; set; } = true;

    /// <summary>
    /// PostgreSQL: most parallel workers one of the app's queries may start (<c>max_parallel_workers_per_gather</c> for
    /// its connections); null leaves the server's setting. 0 by default: the app's reads are short, and starting workers
    /// cost more than they saved on the small servers measured. See <see cref="PostgresParallelQuery"/>.
    /// </summary>
    [Range(0, 64)]
    public int? ParallelWorkersPerGather { get; set; } = 0;

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "Database:ConnectionString is required when Database:Provider is PostgreSql.");
        }

        var folder = DataDirectory is { Length: > 0 }
            ? DataDirectory
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "FusionStudio");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "fusionstudio.db")}";
    }
}
