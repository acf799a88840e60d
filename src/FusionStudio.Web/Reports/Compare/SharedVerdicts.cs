using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports.Compare;

/// <summary>
/// The pairwise judge's final verdict of one pair, per run and prompt, seen from the pair's first method (a run that
/// compared the methods the other way round is turned around). The one reading of "what the judge said" that the
/// comparison's figures, chart and changed-verdicts filter share.
/// </summary>
internal static class SharedVerdicts
{
    public static async Task<Dictionary<(int RunId, long PromptId), Outcome>> LoadAsync(
        FusionDbContext db, IReadOnlyList<int> runIds, MethodPair pair, CancellationToken cancellationToken)
    {
        var rows = await db.Comparisons.AsNoTracking()
            .Where(c => runIds.Contains(c.RunId) && c.Final != null
                && ((c.MethodA == pair.A && c.MethodB == pair.B) || (c.MethodA == pair.B && c.MethodB == pair.A)))
            .Select(c => new { c.RunId, c.PromptId, c.MethodA, Final = c.Final!.Value })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.RunId, r.PromptId))
            .ToDictionary(g => g.Key, g => Outcomes.FromVerdict(g.First().Final, reversed: g.First().MethodA != pair.A));
    }

    /// <summary>1 for a win, ½ for a tie, 0 for a loss: a prompt's share of the win rate.</summary>
    public static double Value(Outcome outcome) => outcome switch
    {
        Outcome.Win => 1,
        Outcome.Tie => 0.5,
        _ => 0,
    };
}
