using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Data.Writes;

/// <summary>
/// Group commit for new rows. A caller hands a row (with its owned graph, e.g. a candidate and its model calls) and
/// waits until it is stored; the rows handed while a write is in flight go together in the next one, so under load one
/// transaction and one round trip store hundreds of rows instead of one each. When a batch breaks a unique key, its
/// halves are stored apart (down to single rows), so only the row whose key was taken is refused (<c>false</c>) and
/// the rest land. While the database is away, the batch waits for it: the rows are answers already paid for. On
/// PostgreSQL a batch is stored with one multi-row insert per table (<see cref="PostgresRowWriter"/>), elsewhere by
/// EF Core's save.
/// </summary>
public sealed class InsertBatcher : IAsyncDisposable
{
    // One queue per writer; see Writer.
    private readonly BatchingQueue<PendingInsert>[] _writers;
    private readonly IDbContextFactory<FusionDbContext> _contexts;
    private readonly ILogger<InsertBatcher> _logger;
    private readonly TableStatistics _statistics;
    // Null where EF Core stores every batch: on SQLite, or with Database:MultiRowInserts off.
    private readonly PostgresRowWriter? _rowWriter;
    private int _nextWriter;

    public InsertBatcher(
        IDbContextFactory<FusionDbContext> contexts, IOptions<DatabaseOptions> options, TableStatistics statistics, ILogger<InsertBatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _logger = logger;
        _statistics = statistics;
        _rowWriter = options.Value is { Provider: DatabaseProvider.PostgreSql, MultiRowInserts: true } ? new PostgresRowWriter() : null;
        _writers = Enumerable.Range(0, options.Value.InsertWriters)
            .Select(_ => new BatchingQueue<PendingInsert>(
                options.Value.InsertBatchSize, readers: 1, StoreAsync, (pending, exception) => pending.Stored.TrySetException(exception)))
            .ToArray();
    }

    /// <returns>True when the row is stored; false when a row with the same unique key was there first.</returns>
    /// <remarks>Cancelling stops the wait, not the write: a row handed over is stored all the same.</remarks>
    public Task<bool> InsertAsync(object row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var pending = new PendingInsert(row);
        if (!Writer(row).TryAdd(pending))
        {
            throw new ObjectDisposedException(nameof(InsertBatcher), "The process is shutting down; no more rows are taken.");
        }

        return pending.Stored.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stores what was handed over before the process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A prompt's rows always go through the same writer. Storing calls raises their prompt's row of slowest calls
    /// (the call log's totals); two writers raising one prompt at once would wait on each other's transactions.
    /// </summary>
    private BatchingQueue<PendingInsert> Writer(object row)
    {
        var promptId = row switch
        {
            IRecordsCalls { Calls: [{ PromptId: { } id }, ..] } => id,
            ModelCall { PromptId: { } id } => id,
            _ => (long?)null,
        };
        var index = promptId is { } prompt
            ? (int)(prompt % _writers.Length)
            : (int)((uint)Interlocked.Increment(ref _nextWriter) % (uint)_writers.Length);
        return _writers[index];
    }

    /// <summary>Stores the rows, waiting out an outage; any other failure fails these rows only.</summary>
    private async Task StoreAsync(List<PendingInsert> batch)
    {
        try
        {
            await DatabaseFaults.WaitOutAsync(
                () => WriteAsync(batch),
                exception => _logger.LogWarning("Storing {Count} rows: the database is away ({Reason}); waiting for it", batch.Count, exception.Message)).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(exception);
            }
        }
    }

    private async Task WriteAsync(List<PendingInsert> batch)
    {
        if (await TrySaveAsync(batch).ConfigureAwait(false) is not { } refused)
        {
            foreach (var pending in batch)
            {
                pending.Stored.TrySetResult(true);
            }

            return;
        }

        if (batch.Count == 1)
        {
            batch[0].Stored.TrySetResult(false);
            return;
        }

        // A retried or re-driven job stored some of these rows first, or two calls cached the same answer: halves are
        // tried on their own, so the rows whose keys were free land in a few more writes, not one write each.
        _logger.LogDebug("A batch of {Count} rows broke a unique key ({Reason}); trying its halves", batch.Count, refused.Message);
        var half = batch.Count / 2;
        await StoreAsync(batch.GetRange(0, half)).ConfigureAwait(false);
        await StoreAsync(batch.GetRange(half, batch.Count - half)).ConfigureAwait(false);
    }

    /// <returns>Null when stored; the unique-key failure when one row's key was taken (nothing of the batch is stored then).</returns>
    private async Task<Exception?> TrySaveAsync(List<PendingInsert> batch)
    {
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        var rows = batch.ConvertAll(pending => pending.Row);
        if (_rowWriter is not null && _rowWriter.CanWrite(db.Model, rows))
        {
            try
            {
                foreach (var (entity, stored) in await _rowWriter.WriteAsync(db, rows, CancellationToken.None).ConfigureAwait(false))
                {
                    _statistics.Added(entity, stored);
                }

                return null;
            }
            catch (PostgresException exception) when (UniqueViolation.Is(exception))
            {
                return exception;
            }
        }

        foreach (var pending in batch)
        {
            db.Add(pending.Row);
        }

        try
        {
            await db.SaveChangesAsync().ConfigureAwait(false);
            foreach (var ofEntity in db.ChangeTracker.Entries().GroupBy(e => e.Metadata))
            {
                _statistics.Added(ofEntity.Key, ofEntity.Select(e => e.Entity));
            }

            return null;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            ForgetGeneratedKeys(db.ChangeTracker);
            return exception;
        }
        catch
        {
            ForgetGeneratedKeys(db.ChangeTracker);
            throw;
        }
    }

    /// <summary>
    /// The transaction was rolled back, but keys the database generated for the batch's first rows may have been
    /// copied onto the objects already; they are cleared so the next try inserts the rows afresh.
    /// </summary>
    private static void ForgetGeneratedKeys(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries().ToList())
        {
            foreach (var key in entry.Metadata.FindPrimaryKey()?.Properties ?? [])
            {
                if (key.ValueGenerated == ValueGenerated.OnAdd && key.PropertyInfo is { } property)
                {
                    property.SetValue(entry.Entity, Activator.CreateInstance(key.ClrType));
                }
            }
        }

        tracker.Clear();
    }
}
