using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A run's stored counts settle when a batch ends, so runs that may still move (or stopped midway) are counted from
/// their prompts instead, grouped in SQL. One place for the run list and the API.
/// </summary>
internal static class LivePromptCounts
{
    public sealed record Counts(int Total, int Done, int Failed);

    /// <summary>Whether a run's stored counts may lag behind its prompts.</summary>
    public static bool MayLag(RunStatus status) => status is not (RunStatus.Completed or RunStatus.CompletedWithFailures);

    /// <summary>Prompt counts of the given runs, by run id; runs without prompts are absent.</summary>
    public static async Task<Dictionary<int, Counts>> LoadAsync(FusionDbContext db, IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        if (runIds.Count == 0)
        {
            return [];
        }

        return await db.RunPrompts
            .Where(p => runIds.Contains(p.RunId))
            .GroupBy(p => p.RunId)
            .Select(g => new
            {
                RunId = g.Key,
                Total = g.Count(),
                Done = g.Count(p => p.Stage == PromptStage.Done),
                Failed = g.Count(p => p.Stage == PromptStage.Failed),
            })
            .ToDictionaryAsync(c => c.RunId, c => new Counts(c.Total, c.Done, c.Failed), cancellationToken);
    }
}
