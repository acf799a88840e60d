using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// Folds a run's deltas into one row per purpose, so its summary keeps reading a handful of rows however many saves
/// stored its calls. The rows summed are exactly the rows deleted (<c>DELETE … RETURNING</c>): a delta a writer is
/// still committing is not seen and stays, and two folds at once never count a row twice.
/// </summary>
internal static class CallLogDeltaFold
{
    /// <summary>More deltas than this in one run are folded when its summary is read.</summary>
    public const int FoldAbove = 1_000;

    private const string Delete = """
        DELETE FROM "CallLogDeltas" WHERE "RunId" = @run
        RETURNING "Purpose", "Calls", "NewPrompts", "Attempts", "CacheHits", "InputTokens", "OutputTokens", "Cost", "LatencyMs", "MaxLatencyMs", "SlowestCallsMs"
        """;

    public static Task FoldAsync(FusionDbContext db, int runId, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, runId),
            static async (_, state, token) =>
            {
                var (context, run) = state;
                // A retried attempt starts afresh: the folded rows of the failed one are not inserted twice.
                context.ChangeTracker.Clear();
                await using var transaction = await context.Database.BeginTransactionAsync(token).ConfigureAwait(false);
                var folded = new Dictionary<ModelCallPurpose, CallLogDelta>();
                await using (var command = transaction.GetDbTransaction().Connection!.CreateCommand())
                {
                    command.Transaction = transaction.GetDbTransaction();
                    command.CommandText = Delete;
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@run";
                    parameter.Value = run;
                    command.Parameters.Add(parameter);
                    await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                    while (await reader.ReadAsync(token).ConfigureAwait(false))
                    {
                        var purpose = Enum.Parse<ModelCallPurpose>(reader.GetString(0));
                        var sum = folded.TryGetValue(purpose, out var found) ? found : folded[purpose] = new CallLogDelta { RunId = run, Purpose = purpose };
                        sum.Calls += Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                        sum.NewPrompts += Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                        sum.Attempts += Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
                        sum.CacheHits += Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture);
                        sum.InputTokens += reader.GetInt64(5);
                        sum.OutputTokens += reader.GetInt64(6);
                        sum.Cost += Convert.ToDecimal(reader.GetValue(7), CultureInfo.InvariantCulture);
                        sum.LatencyMs += reader.GetInt64(8);
                        sum.MaxLatencyMs = Math.Max(sum.MaxLatencyMs, Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture));
                        sum.SlowestCallsMs += reader.GetInt64(10);
                    }
                }

                context.CallLogDeltas.AddRange(folded.Values);
                await context.SaveChangesAsync(token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return true;
            },
            null,
            cancellationToken);
}
