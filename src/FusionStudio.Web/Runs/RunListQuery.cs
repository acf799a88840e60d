using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>The newest runs, with live prompt counts where the stored ones may lag (see <see cref="LivePromptCounts"/>).</summary>
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

        var counts = await LivePromptCounts.LoadAsync(db, runs.Where(r => LivePromptCounts.MayLag(r.Status)).Select(r => r.Id).ToList(), cancellationToken);
        return runs
            .Select(r => counts.TryGetValue(r.Id, out var c) ? r with { PromptCount = c.Total, PromptsDone = c.Done, PromptsFailed = c.Failed } : r)
            .ToList();
    }
}
