using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>A run's status and its prompts counted by stage, in SQL: cheap enough to poll every few seconds.</summary>
public sealed class RunProgressQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunProgress?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
            .Select(r => new { r.Name, r.Status, r.StopReason, r.StartedAt, r.FinishedAt, r.Counters.PromptCount })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var stages = await db.RunPrompts.Where(p => p.RunId == runId)
            .GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);

        // Before the first start the prompts have no rows yet; the planner stored their count.
        var total = stages.Count == 0 ? run.PromptCount : stages.Values.Sum();
        return new RunProgress(runId, run.Name, run.Status, run.StopReason, run.StartedAt, run.FinishedAt, total, stages);
    }
}
