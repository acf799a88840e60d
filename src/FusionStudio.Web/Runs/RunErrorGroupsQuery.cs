using FusionStudio.Data.Calls;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Groups a run's failed calls (those that still stand behind a stored result) by purpose and reason. The database
/// first counts identical messages, so a run with many failures comes back as a few hundred rows at most; those are
/// then merged by their normalised reason.
/// </summary>
public sealed class RunErrorGroupsQuery(RunCallLog callLog)
{
    private const int MessagesRead = 2000;

    public async Task<RunErrorGroups> LoadAsync(int runId, int top = 10, CancellationToken cancellationToken = default)
    {
        var messages = await callLog.FailuresAsync(runId, MessagesRead, cancellationToken);
        var groups = messages
            .GroupBy(m => (Step: m.Purpose.ToLabel(), Reason: ErrorReason.Normalise(m.Error)))
            .Select(g => new RunErrorGroup(g.Key.Step, g.Key.Reason, g.Sum(m => m.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Step, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToList();
        return new RunErrorGroups(groups.Take(top).ToList(), groups.Count, groups.Sum(g => g.Count));
    }
}
