using System.Collections.Concurrent;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Data.Writes;

/// <summary>
/// Keeps PostgreSQL's statistics of the tables a run fills in step with the run. The batched reads ask for a few
/// prompts of one run (<c>RunId = @run AND PromptId = ANY(@prompts)</c>). While the statistics do not know the run
/// yet (a new run, a young database; autovacuum analyzes at most once a minute), the planner expects it to have no
/// rows, reads the whole run through its index and filters the prompts, so each read grows with the run. So a table
/// is analyzed in the background each time a run's rows in it, added by this process, reach
/// <see cref="DatabaseOptions.AnalyzeAfterInsertedRows"/> and then each doubling of that: a few times per run, early.
/// SQLite plans without them: nothing is done there.
/// </summary>
public sealed class TableStatistics(IDbContextFactory<FusionDbContext> contexts, IOptions<DatabaseOptions> options, ILogger<TableStatistics> logger)
{
    // The tables the steps read back a few prompts at a time, with the columns those reads select by; the call log
    // and the cache are only appended to or looked up by a unique key, which no statistics can lead astray. Only these
    // columns are analyzed: the answers' texts would cost most of the time and steer no plan.
    private static readonly Dictionary<Type, string[]> s_readPerPrompt = new()
    {
        [typeof(Candidate)] = [nameof(Candidate.RunId), nameof(Candidate.PromptId)],
        [typeof(Aggregate)] = [nameof(Aggregate.RunId), nameof(Aggregate.PromptId)],
        [typeof(Comparison)] = [nameof(Comparison.RunId), nameof(Comparison.PromptId)],
        [typeof(LayerAnswer)] = [nameof(LayerAnswer.RunId), nameof(LayerAnswer.PromptId)],
        // The judge and template too: a new run's judge, unknown to the statistics, would have PostgreSQL read all its
        // scores through the judge's index for each answer instead of the answer's own key.
        [typeof(Score)] = [nameof(Score.RunId), nameof(Score.CandidateId), nameof(Score.AggregateId), nameof(Score.JudgeTeacherId), nameof(Score.TemplateVersionId)],
    };

    private readonly ConcurrentDictionary<(string Table, int RunId), RunRows> _runs = new();
    private readonly ConcurrentDictionary<string, byte> _analyzing = new(StringComparer.Ordinal);
    private readonly bool _enabled = options.Value.Provider == DatabaseProvider.PostgreSql && options.Value.AnalyzeAfterInsertedRows > 0;
    private readonly long _firstThreshold = options.Value.AnalyzeAfterInsertedRows;

    /// <summary>Counts the rows of <paramref name="entity"/> just stored, per run; starts the table's analysis at a threshold.</summary>
    public void Added(IEntityType entity, IEnumerable<object> rows)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(rows);
        if (!_enabled || !s_readPerPrompt.TryGetValue(entity.ClrType, out var properties)
            || entity.GetTableName() is not { } table || entity.FindProperty(nameof(Candidate.RunId))?.GetGetter() is not { } runOf)
        {
            return;
        }

        foreach (var run in rows.GroupBy(row => (int)runOf.GetClrValue(row)!))
        {
            var counted = _runs.GetOrAdd((table, run.Key), _ => new RunRows(_firstThreshold));
            var total = Interlocked.Add(ref counted.Rows, run.Count());
            var threshold = Interlocked.Read(ref counted.NextThreshold);
            if (total < threshold || Interlocked.CompareExchange(ref counted.NextThreshold, threshold * 2, threshold) != threshold)
            {
                continue;
            }

            // One analysis of a table at a time; a threshold crossed meanwhile is covered by the one in flight.
            if (_analyzing.TryAdd(table, 0))
            {
                _ = AnalyzeAsync(table, properties.Select(p => entity.FindProperty(p)?.GetColumnName()).OfType<string>().ToList());
            }
        }
    }

    private async Task AnalyzeAsync(string table, List<string> columns)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
            var analyze = $"ANALYZE \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})";
#pragma warning disable EF1002 // Table and column names of the EF model, never input: ANALYZE takes no parameters for them.
            await db.Database.ExecuteSqlRawAsync(analyze).ConfigureAwait(false);
#pragma warning restore EF1002
            TableStatisticsLog.Analyzed(logger, table);
        }
        catch (Exception exception)
        {
            // Statistics only steer plans: a failed analysis leaves autovacuum's, and the next threshold tries again.
            TableStatisticsLog.AnalyzeFailed(logger, exception, table);
        }
        finally
        {
            _analyzing.TryRemove(table, out _);
        }
    }

    private sealed class RunRows(long firstThreshold)
    {
        public long Rows;
        public long NextThreshold = firstThreshold;
    }
}
