using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Calls;

/// <summary>The GROUP BY behind <see cref="CallSummary"/>: one row per run and purpose comes back, however many calls there are.</summary>
public static class CallSums
{
    /// <summary>The calls' summary (of one run, one prompt, or several runs added up).</summary>
    public static async Task<CallSummary> SummarizeAsync(this IQueryable<ModelCall> calls, CancellationToken cancellationToken)
    {
        var byRun = await calls.SummarizeByRunAsync(cancellationToken);
        return byRun.Count switch
        {
            0 => CallSummary.Empty,
            1 => byRun.Values.Single(),
            _ => new CallSummary(byRun.Values.SelectMany(s => s.ByPurpose)
                .GroupBy(p => p.Key)
                .ToDictionary(g => g.Key, g => g.Aggregate(CallTotals.None, (sum, p) => sum + p.Value))),
        };
    }

    /// <summary>Each run's summary, for lists of runs: one query for all of them.</summary>
    public static async Task<IReadOnlyDictionary<int, CallSummary>> SummarizeByRunAsync(
        this IQueryable<ModelCall> calls, CancellationToken cancellationToken)
    {
        var rows = await calls
            .GroupBy(c => new { RunId = c.RunId ?? 0, c.Purpose })
            .Select(g => new
            {
                g.Key.RunId,
                g.Key.Purpose,
                Totals = new CallTotals(
                    g.Count(),
                    g.Select(c => c.PromptId).Distinct().Count(),
                    g.Sum(c => c.Attempts),
                    g.Count(c => c.Usage.CacheHit),
                    // A failure that still stands behind a stored result, as RunCallLog.FailuresAsync lists them.
                    g.Count(c => c.Error != null && (c.CandidateId != null || c.ScoreId != null || c.AggregateId != null || c.ComparisonId != null)),
                    g.Sum(c => (long)c.Usage.InputTokens),
                    g.Sum(c => (long)c.Usage.OutputTokens),
                    g.Sum(c => c.Usage.Cost),
                    g.Sum(c => (long)c.Usage.LatencyMs),
                    g.Max(c => c.Usage.LatencyMs)),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RunId)
            .ToDictionary(g => g.Key, g => new CallSummary(g.ToDictionary(r => r.Purpose, r => r.Totals)));
    }
}
