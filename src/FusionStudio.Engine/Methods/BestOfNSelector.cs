using System.Globalization;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// Best-of-N: the candidate with the highest judge score. Ties go to the shortest text — a judge that cannot tell
/// two answers apart should not be rewarded for length — then to the first in canonical order. Candidates without a
/// score (the judge failed) are left out rather than counted as zero.
/// </summary>
public sealed class BestOfNSelector : ICandidateSelector
{
    public AggregationMethod Method => AggregationMethod.BestOfN;

    public SelectionResult Select(SelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = CandidateOrder.Canonical(input.Candidates);
        var scored = candidates.Where(candidate => candidate.Score is { } score && double.IsFinite(score)).ToList();
        if (scored.Count == 0)
        {
            return SelectionResult.None(candidates.Count == 0 ? "There are no candidates." : "No candidate has a judge score.");
        }

        var best = scored.Max(candidate => candidate.Score!.Value);
        var tied = scored.Where(candidate => candidate.Score == best).ToList();
        var shortest = tied.Min(candidate => candidate.TextLength);
        // Min and First keep the canonical order, so equal lengths resolve to the earliest candidate.
        var winner = tied.First(candidate => candidate.TextLength == shortest);

        var reason = $"Highest judge score ({best.ToString("0.##", CultureInfo.InvariantCulture)}) among {scored.Count} scored candidate(s)";
        if (tied.Count > 1)
        {
            reason += $"; tied with {tied.Count - 1} other(s), taken as the shortest" + (tied.Count(c => c.TextLength == shortest) > 1 ? ", then the first" : "");
        }

        var unscored = candidates.Count - scored.Count;
        return SelectionResult.Selected(winner.CandidateId, reason + (unscored > 0 ? $"; {unscored} unscored candidate(s) ignored." : "."));
    }
}
