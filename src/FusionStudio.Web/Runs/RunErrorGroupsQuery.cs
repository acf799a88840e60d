using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Groups a run's failed rows (candidates, judge scores, aggregates, comparisons) by step and reason. The database
/// first groups identical messages, so a run with many failures comes back as a few hundred rows at most; those
/// are then merged by their normalised reason.
/// </summary>
public sealed class RunErrorGroupsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    private const int MessagesPerStep = 500;

    public async Task<RunErrorGroups> LoadAsync(int runId, int top = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = new List<(string Step, string Error, int Count)>();

        var candidates = await db.Candidates.Where(c => c.RunId == runId && c.Error != null)
            .GroupBy(c => c.Error).Select(g => new { Error = g.Key!, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(MessagesPerStep).ToListAsync(cancellationToken);
        messages.AddRange(candidates.Select(g => ("Generation", g.Error, g.Count)));

        var scores = await db.JudgeScores.Where(s => s.RunId == runId && s.Error != null)
            .GroupBy(s => s.Error).Select(g => new { Error = g.Key!, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(MessagesPerStep).ToListAsync(cancellationToken);
        messages.AddRange(scores.Select(g => ("Pointwise judge", g.Error, g.Count)));

        var aggregates = await db.Aggregates.Where(a => a.RunId == runId && a.Error != null)
            .GroupBy(a => new { a.Method, a.Error }).Select(g => new { g.Key.Method, Error = g.Key.Error!, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(MessagesPerStep).ToListAsync(cancellationToken);
        messages.AddRange(aggregates.Select(g => (g.Method.ToLabel(), g.Error, g.Count)));

        var comparisons = await db.Comparisons.Where(c => c.RunId == runId && c.Error != null)
            .GroupBy(c => new { c.MethodA, c.MethodB, c.Error })
            .Select(g => new { g.Key.MethodA, g.Key.MethodB, Error = g.Key.Error!, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(MessagesPerStep).ToListAsync(cancellationToken);
        messages.AddRange(comparisons.Select(g => ($"Comparison {new MethodPair(g.MethodA, g.MethodB)}", g.Error, g.Count)));

        var groups = messages
            .GroupBy(m => (m.Step, Reason: ErrorReason.Normalise(m.Error)))
            .Select(g => new RunErrorGroup(g.Key.Step, g.Key.Reason, g.Sum(m => m.Count)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Step, StringComparer.Ordinal).ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToList();
        return new RunErrorGroups(groups.Take(top).ToList(), groups.Count, groups.Sum(g => g.Count));
    }
}
