using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Runs;

/// <summary>
/// Runs' prompts grouped by stage in SQL: one small query, cheap enough for every refresh. The one place that counts
/// prompts for the run page, the runs list, the API and the completion check.
/// </summary>
public static class PromptStageCounts
{
    public static async Task<PromptStageTally> LoadAsync(FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stages = await db.RunPrompts.Where(p => p.RunId == runId)
            .GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);
        return new PromptStageTally(stages);
    }

    /// <summary>Tallies of the given runs, by run id; runs without prompt rows are absent.</summary>
    public static async Task<Dictionary<int, PromptStageTally>> LoadAsync(
        FusionDbContext db, IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (runIds is null || runIds.Count == 0)
        {
            return [];
        }

        var rows = await db.RunPrompts.Where(p => runIds.Contains(p.RunId))
            .GroupBy(p => new { p.RunId, p.Stage })
            .Select(g => new { g.Key.RunId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RunId)
            .ToDictionary(g => g.Key, g => new PromptStageTally(g.ToDictionary(r => r.Stage, r => r.Count)));
    }
}
