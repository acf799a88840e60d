using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The newest runs, with live prompt counts where the stored ones may lag (see <see cref="LivePromptCounts"/>) and
/// the cost from the call log, the same figure the run page shows.
/// </summary>
public sealed class RunListQuery(IDbContextFactory<FusionDbContext> contexts, RunCallLog callLog)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<RunListRow>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(Limit)
            .Select(r => new RunListRow(r.Id, r.Name, r.Status, r.Counters.PromptCount, r.Counters.PromptsDone,
                r.Counters.PromptsFailed, 0m, r.CreatedAt, r.StartedAt, r.FinishedAt,
                db.Datasets.Where(d => d.Id == r.DatasetId).Select(d => d.Name).FirstOrDefault(),
                db.TeacherPools.Where(p => p.Id == r.PoolId).Select(p => p.Name).FirstOrDefault(),
                r.Note))
            .ToListAsync(cancellationToken);

        var counts = await LivePromptCounts.LoadAsync(db, runs.Where(r => LivePromptCounts.MayLag(r.Status)).Select(r => r.Id).ToList(), cancellationToken);
        var spending = await callLog.SummariesAsync(runs.Select(r => r.Id).ToList(), cancellationToken);
        return runs
            .Select(r => counts.TryGetValue(r.Id, out var c) ? r with { PromptCount = c.Total, PromptsDone = c.Done, PromptsFailed = c.Failed } : r)
            .Select(r => r with { Cost = spending.GetValueOrDefault(r.Id)?.Cost ?? 0m })
            .ToList();
    }
}
