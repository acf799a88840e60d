using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Recomputes a run's tokens, cost and call counts from the rows it stored. The rows are the truth, so the counters
/// can never drift, whatever was retried or re-driven.
/// </summary>
public sealed class RunCounterRefresher(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunCounters> RefreshAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await Totals(db.Candidates.Where(c => c.RunId == runId).Select(c => c.Usage), cancellationToken);
        var scores = await Totals(db.JudgeScores.Where(s => s.RunId == runId).Select(s => s.Usage), cancellationToken);
        var fusions = await Totals(db.Aggregates.Where(a => a.RunId == runId && a.TemplateVersionId != null).Select(a => a.Usage), cancellationToken);
        var comparisons = await Totals(db.Comparisons.Where(c => c.RunId == runId).Select(c => c.Usage), cancellationToken);
        var judgeAttempts = await db.JudgeScores.Where(s => s.RunId == runId).SumAsync(s => s.Attempts, cancellationToken);
        var cacheHits = await db.Candidates.CountAsync(c => c.RunId == runId && c.Usage.CacheHit, cancellationToken);

        var all = new[] { candidates, scores, fusions, comparisons };
        var counters = new RunCounters
        {
            ModelCalls = candidates.Rows + judgeAttempts + fusions.Rows + 2 * comparisons.Rows,
            CacheHits = cacheHits,
            InputTokens = all.Sum(t => t.InputTokens),
            OutputTokens = all.Sum(t => t.OutputTokens),
            Cost = all.Sum(t => t.Cost),
        };

        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.Counters.ModelCalls, counters.ModelCalls)
                .SetProperty(r => r.Counters.CacheHits, counters.CacheHits)
                .SetProperty(r => r.Counters.InputTokens, counters.InputTokens)
                .SetProperty(r => r.Counters.OutputTokens, counters.OutputTokens)
                .SetProperty(r => r.Counters.Cost, counters.Cost),
            cancellationToken);
        return counters;
    }

    private static async Task<UsageTotals> Totals(IQueryable<ModelCallUsage> usages, CancellationToken cancellationToken)
    {
        var totals = await usages
            .GroupBy(_ => 1)
            .Select(g => new UsageTotals(g.Count(), g.Sum(u => (long)u.InputTokens), g.Sum(u => (long)u.OutputTokens), g.Sum(u => u.Cost)))
            .ToListAsync(cancellationToken);
        return totals.SingleOrDefault() ?? new UsageTotals(0, 0, 0, 0);
    }

    private sealed record UsageTotals(int Rows, long InputTokens, long OutputTokens, decimal Cost);
}
