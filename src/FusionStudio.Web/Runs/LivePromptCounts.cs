using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A run's stored counts settle when a batch ends, so runs that may still move (or stopped midway) are counted from
/// their prompts instead, by <see cref="PromptStageCounts"/> (the run page's own count). One place for the run list and the API.
/// </summary>
internal static class LivePromptCounts
{
    public sealed record Counts(int Total, int Done, int Failed);

    /// <summary>Whether a run's stored counts may lag behind its prompts.</summary>
    public static bool MayLag(RunStatus status) => status is not (RunStatus.Completed or RunStatus.CompletedWithFailures);

    /// <summary>Prompt counts of the given runs, by run id; runs without prompts are absent.</summary>
    public static async Task<Dictionary<int, Counts>> LoadAsync(FusionDbContext db, IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        var tallies = await PromptStageCounts.LoadAsync(db, runIds, cancellationToken);
        return tallies.ToDictionary(t => t.Key, t => new Counts(t.Value.Total, t.Value.Done, t.Value.Failed));
    }
}
