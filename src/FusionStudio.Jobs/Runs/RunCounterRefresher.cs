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
        var sources = RunUsageSources.ForRun(db, runId);
        var candidates = await Totals(sources.Candidates, cancellationToken);
        var scores = await Totals(sources.CandidateScores, cancellationToken);
        var fusions = await Totals(sources.Fusions, cancellationToken);
        var fusedScores = await Totals(sources.FusedScores, cancellationToken);
        var comparisons = await Totals(sources.Comparisons, cancellationToken);
        var judgeAttempts = await db.JudgeScores.Where(s => s.RunId == runId).SumAsync(s => s.Attempts, cancellationToken)
            + await db.AggregateScores.Where(s => s.RunId == runId).SumAsync(s => s.Attempts, cancellationToken);
        var cacheHits = await db.Candidates.CountAsync(c => c.RunId == runId && c.Usage.CacheHit, cancellationToken);

        var all = new[] { candidates, scores, fusions, fusedScores, comparisons };
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

    /// <summary>What one prompt of the run has cost so far, every step included; the budget guard adds it up.</summary>
    public async Task<decimal> PromptCostAsync(int runId, long promptId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cost = 0m;
        foreach (var source in RunUsageSources.ForPrompt(db, runId, promptId).All)
        {
            cost += (await Totals(source, cancellationToken)).Cost;
        }

        return cost;
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
