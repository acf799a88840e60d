using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Sums a run's tokens, cost and calls from its rows, in SQL. The run's counters are refreshed only when a batch
/// ends (and not when it is paused or cancelled midway), so the rows are read instead.
/// </summary>
public sealed class RunUsageQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunUsage> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await TotalsAsync(
            db.Candidates.Where(c => c.RunId == runId).Select(c => new UsageRow
            {
                CacheHit = c.Usage.CacheHit,
                InputTokens = c.Usage.InputTokens,
                OutputTokens = c.Usage.OutputTokens,
                Cost = c.Usage.Cost,
                Failed = c.Error != null,
                Calls = 1,
            }),
            cancellationToken);
        var scores = await TotalsAsync(
            db.JudgeScores.Where(s => s.RunId == runId).Select(s => new UsageRow
            {
                CacheHit = s.Usage.CacheHit,
                InputTokens = s.Usage.InputTokens,
                OutputTokens = s.Usage.OutputTokens,
                Cost = s.Usage.Cost,
                Failed = s.Error != null,
                Calls = s.Attempts,
            }),
            cancellationToken);
        var fusions = await TotalsAsync(
            db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.TemplateVersionId != null)
                .Select(a => new UsageRow
                {
                    CacheHit = a.Usage.CacheHit,
                    InputTokens = a.Usage.InputTokens,
                    OutputTokens = a.Usage.OutputTokens,
                    Cost = a.Usage.Cost,
                    Failed = a.Error != null,
                    Calls = 1,
                }),
            cancellationToken);
        var fusedScores = await TotalsAsync(
            db.AggregateScores.Where(s => s.RunId == runId).Select(s => new UsageRow
            {
                CacheHit = s.Usage.CacheHit,
                InputTokens = s.Usage.InputTokens,
                OutputTokens = s.Usage.OutputTokens,
                Cost = s.Usage.Cost,
                Failed = s.Error != null,
                Calls = s.Attempts,
            }),
            cancellationToken);
        var comparisons = await TotalsAsync(
            db.Comparisons.Where(c => c.RunId == runId).Select(c => new UsageRow
            {
                CacheHit = c.Usage.CacheHit,
                InputTokens = c.Usage.InputTokens,
                OutputTokens = c.Usage.OutputTokens,
                Cost = c.Usage.Cost,
                Failed = c.Error != null,
                // Both orders; re-asks of an unreadable answer are not counted apart.
                Calls = 2,
            }),
            cancellationToken);

        UsageTotals[] all = [candidates, scores, fusions, fusedScores, comparisons];
        return new RunUsage(
            ModelCalls: all.Sum(t => t.Calls),
            CachedCalls: all.Sum(t => t.CachedCalls),
            Candidates: candidates.Rows,
            CachedCandidates: candidates.CachedCalls,
            FailedCalls: all.Sum(t => t.Failed),
            InputTokens: all.Sum(t => t.InputTokens),
            OutputTokens: all.Sum(t => t.OutputTokens),
            Cost: all.Sum(t => t.Cost));
    }

    private static async Task<UsageTotals> TotalsAsync(IQueryable<UsageRow> rows, CancellationToken cancellationToken) =>
        await rows
            .GroupBy(_ => 1)
            .Select(g => new UsageTotals(
                g.Count(),
                g.Sum(r => r.Calls),
                g.Sum(r => r.CacheHit ? r.Calls : 0),
                g.Sum(r => r.Failed ? 1 : 0),
                g.Sum(r => (long)r.InputTokens),
                g.Sum(r => (long)r.OutputTokens),
                g.Sum(r => r.Cost)))
            .FirstOrDefaultAsync(cancellationToken)
        ?? new UsageTotals(0, 0, 0, 0, 0, 0, 0m);

    // Member-initialised, not positional, so that EF can read its members in the grouping that follows.
    private sealed class UsageRow
    {
        public bool CacheHit { get; init; }

        public int InputTokens { get; init; }

        public int OutputTokens { get; init; }

        public decimal Cost { get; init; }

        public bool Failed { get; init; }

        public int Calls { get; init; }
    }

    private sealed record UsageTotals(int Rows, int Calls, int CachedCalls, int Failed, long InputTokens, long OutputTokens, decimal Cost);
}
