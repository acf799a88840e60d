using FusionStudio.Data;
using FusionStudio.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>A run's status and its prompts counted by stage, in SQL: two small queries, cheap enough for every refresh.</summary>
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

        var tally = await PromptStageCounts.LoadAsync(db, runId, cancellationToken);

        // Before the first start the prompts have no rows yet; the planner stored their count.
        var total = tally.Total == 0 ? run.PromptCount : tally.Total;
        return new RunProgress(runId, run.Name, run.Status, run.StopReason, run.StartedAt, run.FinishedAt, total, tally);
    }
}
