using System.Collections.Concurrent;
using FusionStudio.Data.Calls.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FusionStudio.Data.Writes;

/// <summary>
/// Stores the insert batcher's rows on PostgreSQL without EF Core's change tracking: one multi-row insert per table
/// (<see cref="UnnestInsert"/>); the raise of the prompts' slowest calls and the owners' inserts in one round trip,
/// then the owned rows (the model calls) with the call-log deltas in a second, in one transaction, so the call-log
/// totals are kept as <see cref="CallLogTotals"/> keeps them for every save. The objects get their generated keys and
/// their calls the owner's key, as after EF's save. A unique-key violation fails the whole batch, as EF's save does,
/// and the objects are left without keys.
/// </summary>
public sealed class PostgresRowWriter
{
    private readonly ConcurrentDictionary<IEntityType, RowShape?> _shapes = new();

    /// <summary>Whether new rows of this entity (with what they own) are stored here rather than by EF Core.</summary>
    public static bool Stores(IEntityType entity) => RowShape.TryCreate(entity) is not null;

    /// <summary>Whether every row is new and of a shape this writer stores; otherwise EF Core stores the batch.</summary>
    internal bool CanWrite(IModel model, IEnumerable<object> rows) =>
        rows.All(row => Shape(model, row) is { } shape && shape.IsNew(row));

    /// <returns>The rows stored, per entity type (owned rows and call-log deltas included).</returns>
    internal async Task<IReadOnlyList<(IEntityType Entity, List<object> Rows)>> WriteAsync(
        FusionDbContext db, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        // Rows that own nothing depend on nothing: they go with the owned rows, so one insert takes all calls.
        var byOwning = rows.GroupBy(row => Shape(db.Model, row)!).ToLookup(g => g.Key.Owned.Count > 0);
        var owners = byOwning[true].Select(g => (g.Key.Insert, Rows: g.ToList())).ToList();
        var owned = byOwning[false].Select(g => (g.Key.Insert, Rows: g.ToList())).ToList();

        var links = new List<(RowShape.OwnedRows Owned, object Owner, object Row)>();
        foreach (var group in byOwning[true])
        {
            foreach (var collection in group.Key.Owned)
            {
                var ownedRows = group.SelectMany(owner => collection.Of(owner).Select(row => (collection, owner, row))).ToList();
                links.AddRange(ownedRows);
                Rows(owned, collection.Insert).AddRange(ownedRows.Select(l => l.row));
            }
        }

        var calls = owned.Where(o => o.Insert.Entity.ClrType == typeof(ModelCall)).SelectMany(o => o.Rows).Cast<ModelCall>().ToList();
        List<(UnnestInsert Insert, List<object> Rows)> stored = [];
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(
                async token =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                    var raised = await InsertAsync(db, transaction, CallLogTotals.SlowestPerStep(calls), owners, token).ConfigureAwait(false);
                    var deltas = CallLogTotals.Deltas(calls, raised);
                    var toWrite = owned.Where(o => o.Rows.Count > 0).ToList();
                    if (deltas.Count > 0)
                    {
                        toWrite.Add((Shape(db.Model, deltas[0])!.Insert, deltas.Cast<object>().ToList()));
                    }

                    foreach (var (collection, owner, row) in links)
                    {
                        collection.ForeignKey.PropertyInfo!.SetValue(row, collection.PrincipalKey.PropertyInfo!.GetValue(owner));
                    }

                    await InsertAsync(db, transaction, [], toWrite, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    stored = owners.Concat(toWrite).ToList();
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Rolled back: the next try (the batch's halves) inserts the rows afresh.
            foreach (var (insert, ofType) in owners.Concat(owned))
            {
                foreach (var row in ofType)
                {
                    insert.Key.PropertyInfo!.SetValue(row, Activator.CreateInstance(insert.Key.ClrType));
                }
            }

            throw;
        }

        return stored.Select(s => (s.Insert.Entity, s.Rows)).ToList();
    }

    /// <summary>
    /// The tables' inserts in one round trip, after raising the prompts' slowest calls per step (first, so that every
    /// writer locks those rows in the same order); each row gets its generated key.
    /// </summary>
    /// <returns>The steps raised.</returns>
    private static async Task<List<RaisedStep>> InsertAsync(
        FusionDbContext db,
        IDbContextTransaction transaction,
        List<(PromptStepKey Key, int SlowestMs)> steps,
        List<(UnnestInsert Insert, List<object> Rows)> tables,
        CancellationToken cancellationToken)
    {
        if (tables.Count == 0 && steps.Count == 0)
        {
            return [];
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        batch.Timeout = db.Database.GetCommandTimeout() ?? batch.Timeout;
        if (steps.Count > 0)
        {
            batch.BatchCommands.Add(PromptStepUpsert.PostgresCommand(steps));
        }

        foreach (var (insert, rows) in tables)
        {
            batch.BatchCommands.Add(insert.Command(rows));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var raised = new List<RaisedStep>();
        if (steps.Count > 0)
        {
            raised = await PromptStepUpsert.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (insert, rows) in tables)
        {
            var keys = new List<long>(rows.Count);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }

            // The identity hands out keys in the order the rows are inserted, which is the arrays' order.
            keys.Sort();
            for (var i = 0; i < rows.Count; i++)
            {
                insert.Key.PropertyInfo!.SetValue(rows[i], Convert.ChangeType(keys[i], insert.Key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        return raised;
    }

    private static List<object> Rows(List<(UnnestInsert Insert, List<object> Rows)> tables, UnnestInsert insert)
    {
        foreach (var table in tables)
        {
            if (table.Insert.Entity == insert.Entity)
            {
                return table.Rows;
            }
        }

        tables.Add((insert, []));
        return tables[^1].Rows;
    }

    private RowShape? Shape(IModel model, object row) =>
        model.FindEntityType(row.GetType()) is { } entity ? _shapes.GetOrAdd(entity, RowShape.TryCreate) : null;
}
