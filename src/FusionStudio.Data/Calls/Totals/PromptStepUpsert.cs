using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// Raises each prompt's slowest call per step to what a save's calls took, in one statement: insert, or update only
/// where the new call is slower. It returns the rows it inserted or raised, with what they were before, so the save
/// knows which prompts are new to a step and by how much the step's sum of slowest calls grew — exactly, however many
/// writers raise the same prompt at once (a row is locked until its writer commits, and the next one reads its value).
/// </summary>
internal static class PromptStepUpsert
{
    // SQLite: 4 parameters a row, well under its 32,766 per statement.
    private const int SqliteRowsPerStatement = 1_000;

    private const string Conflict = """
        ON CONFLICT ("RunId", "Purpose", "PromptId") DO UPDATE SET "PreviousMs" = s."SlowestMs", "SlowestMs" = excluded."SlowestMs"
        WHERE excluded."SlowestMs" > s."SlowestMs"
        RETURNING "RunId", "Purpose", "PromptId", "SlowestMs", "PreviousMs"
        """;

    // One text for any number of rows, so PostgreSQL prepares it once.
    private const string PostgresSql = $"""
        INSERT INTO "PromptStepLatencies" AS s ("RunId", "Purpose", "PromptId", "SlowestMs")
        SELECT u.r, u.p, u.q, u.m FROM unnest(@runs, @purposes, @prompts, @slowest) WITH ORDINALITY AS u(r, p, q, m, o) ORDER BY u.o
        {Conflict}
        """;

    /// <param name="steps">In the order the rows are to be locked.</param>
    public static async Task<List<RaisedStep>> RaiseAsync(
        FusionDbContext db, IReadOnlyList<(PromptStepKey Key, int SlowestMs)> steps, CancellationToken cancellationToken)
    {
        var raised = new List<RaisedStep>();
        if (steps.Count == 0)
        {
            return raised;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A prompt's slowest calls are raised in the transaction that stores the calls; none is open.");
        var chunks = db.IsSqlite ? steps.Chunk(SqliteRowsPerStatement) : [steps.ToArray()];
        foreach (var chunk in chunks)
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            if (db.IsSqlite)
            {
                FillSqlite(command, chunk);
            }
            else
            {
                FillPostgres((NpgsqlCommand)command, chunk);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            raised.AddRange(await ReadAsync(reader, cancellationToken).ConfigureAwait(false));
        }

        return raised;
    }

    /// <summary>
    /// PostgreSQL's statement for these steps, to send ahead of other statements in one batch (the insert batcher's
    /// rows); its result is read with <see cref="ReadAsync"/>.
    /// </summary>
    public static NpgsqlBatchCommand PostgresCommand(IReadOnlyList<(PromptStepKey Key, int SlowestMs)> steps)
    {
        var command = new NpgsqlBatchCommand(PostgresSql);
        Fill(command.Parameters, steps);
        return command;
    }

    /// <summary>The raised steps from the statement's result.</summary>
    public static async Task<List<RaisedStep>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var raised = new List<RaisedStep>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = new PromptStepKey(reader.GetInt32(0), Enum.Parse<ModelCallPurpose>(reader.GetString(1)), reader.GetInt64(2));
            raised.Add(new RaisedStep(key, reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return raised;
    }

    private static void FillPostgres(NpgsqlCommand command, (PromptStepKey Key, int SlowestMs)[] steps)
    {
        command.CommandText = PostgresSql;
        Fill(command.Parameters, steps);
    }

    private static void Fill(NpgsqlParameterCollection parameters, IReadOnlyList<(PromptStepKey Key, int SlowestMs)> steps)
    {
        parameters.Add(new NpgsqlParameter<int[]>("runs", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = steps.Select(s => s.Key.RunId).ToArray() });
        parameters.Add(new NpgsqlParameter<string[]>("purposes", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = steps.Select(s => s.Key.Purpose.ToString()).ToArray() });
        parameters.Add(new NpgsqlParameter<long[]>("prompts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = steps.Select(s => s.Key.PromptId).ToArray() });
        parameters.Add(new NpgsqlParameter<int[]>("slowest", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = steps.Select(s => s.SlowestMs).ToArray() });
    }

    private static void FillSqlite(DbCommand command, (PromptStepKey Key, int SlowestMs)[] steps)
    {
        var rows = new List<string>(steps.Length);
        for (var i = 0; i < steps.Length; i++)
        {
            var (key, slowest) = steps[i];
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"($r{i}, $p{i}, $q{i}, $m{i})"));
            Add(command, $"$r{i}", key.RunId);
            Add(command, $"$p{i}", key.Purpose.ToString());
            Add(command, $"$q{i}", key.PromptId);
            Add(command, $"$m{i}", slowest);
        }

        command.CommandText = $"""
            INSERT INTO "PromptStepLatencies" AS s ("RunId", "Purpose", "PromptId", "SlowestMs")
            VALUES {string.Join(", ", rows)}
            {Conflict}
            """;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
