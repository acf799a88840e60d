using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// Runs' call-log summaries read from what <see cref="CallLogTotals"/> stored: the deltas summed per run and purpose,
/// and the failures that still stand behind a stored result counted live (few rows, through the failed-calls index),
/// since "retry failed" unlinks failures long after their calls were stored. A run with many deltas has them folded
/// after they are read (<see cref="CallLogDeltaFold"/>).
/// </summary>
internal static class StoredCallSummaries
{
    public static async Task<IReadOnlyDictionary<int, CallSummary>> ByRunAsync(
        FusionDbContext db, IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        var ids = runIds.ToList();
        var rows = await db.CallLogDeltas.AsNoTracking()
            .Where(d => ids.Contains(d.RunId))
            .GroupBy(d => new { d.RunId, d.Purpose })
            .Select(g => new
            {
                g.Key.RunId,
                g.Key.Purpose,
                Calls = g.Sum(d => d.Calls),
                Prompts = g.Sum(d => d.NewPrompts),
                Attempts = g.Sum(d => d.Attempts),
                CacheHits = g.Sum(d => d.CacheHits),
                InputTokens = g.Sum(d => d.InputTokens),
                OutputTokens = g.Sum(d => d.OutputTokens),
                Cost = g.Sum(d => d.Cost),
                LatencyMs = g.Sum(d => d.LatencyMs),
                MaxLatencyMs = g.Max(d => d.MaxLatencyMs),
                Rows = g.Count(),
            })
            .ToListAsync(cancellationToken);
        foreach (var crowded in rows.GroupBy(r => r.RunId).Where(g => g.Sum(r => r.Rows) > CallLogDeltaFold.FoldAbove))
        {
            // Read as they were; folded for the next reader.
            await CallLogDeltaFold.FoldAsync(db, crowded.Key, cancellationToken);
        }

        var nullableIds = ids.Select(id => (int?)id).ToList();
        var failures = await db.ModelCalls.Where(c => nullableIds.Contains(c.RunId) && c.Error != null).SummarizeByRunAsync(cancellationToken);
        int Failed(int runId, ModelCallPurpose purpose) =>
            failures.TryGetValue(runId, out var summary) ? summary.ByPurpose.GetValueOrDefault(purpose, CallTotals.None).Failed : 0;

        return rows.GroupBy(r => r.RunId).ToDictionary(
            g => g.Key,
            g => new CallSummary(g.ToDictionary(
                r => r.Purpose,
                r => new CallTotals(
                    r.Calls, r.Prompts, r.Attempts, r.CacheHits, Failed(r.RunId, r.Purpose), r.InputTokens, r.OutputTokens, r.Cost, r.LatencyMs, r.MaxLatencyMs))));
    }

    public static async Task<IReadOnlyDictionary<ModelCallPurpose, StepLatency>> StepLatenciesAsync(
        FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        var rows = await db.CallLogDeltas.AsNoTracking()
            .Where(d => d.RunId == runId)
            .GroupBy(d => d.Purpose)
            .Select(g => new { Purpose = g.Key, Prompts = g.Sum(d => d.NewPrompts), Sum = g.Sum(d => d.SlowestCallsMs) })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Prompts > 0).ToDictionary(r => r.Purpose, r => new StepLatency(r.Purpose, r.Prompts, (double)r.Sum / r.Prompts));
    }
}
