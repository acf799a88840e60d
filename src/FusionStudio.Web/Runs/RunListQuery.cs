using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The newest runs. A run's stored counts are settled when a batch ends, so runs that may still move (or stopped
/// midway) are counted from their prompts instead, grouped in SQL.
/// </summary>
public sealed class RunListQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<RunListRow>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(Limit)
            .Select(r => new RunListRow(r.Id, r.Name, r.Status, r.Counters.PromptCount, r.Counters.PromptsDone,
                r.Counters.PromptsFailed, r.Counters.Cost, r.CreatedAt, r.StartedAt, r.FinishedAt))
            .ToListAsync(cancellationToken);

        var unsettled = runs.Where(r => r.Status is not (RunStatus.Completed or RunStatus.CompletedWithFailures)).Select(r => r.Id).ToList();
        if (unsettled.Count == 0)
        {
            return runs;
        }

        var counts = await db.RunPrompts
            .Where(p => unsettled.Contains(p.RunId))
            .GroupBy(p => p.RunId)
            .Select(g => new
            {
                RunId = g.Key,
                Total = g.Count(),
                Done = g.Count(p => p.Stage == PromptStage.Done),
                Failed = g.Count(p => p.Stage == PromptStage.Failed),
            })
            .ToDictionaryAsync(c => c.RunId, cancellationToken);

        return runs
            .Select(r => counts.TryGetValue(r.Id, out var c) ? r with { PromptCount = c.Total, PromptsDone = c.Done, PromptsFailed = c.Failed } : r)
            .ToList();
    }
}
