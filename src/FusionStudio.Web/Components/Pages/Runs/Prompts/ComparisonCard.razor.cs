using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

/// <summary>
/// One pairwise comparison: the verdict of each order and the final one (a tie when the orders disagree). Each
/// order's rationale is shown as text with the judge's letters turned into method names: in the order with B shown
/// first, the judge's "Response A" is method B.
/// </summary>
public partial class ComparisonCard
{
    private string FinalText => Comparison.Final switch
    {
        null => "No verdict",
        PairVerdict.Tie => "Tie",
        var winner => $"{VerdictText(winner)} wins",
    };

    private Color FinalColor => Comparison.Final switch
    {
        PairVerdict.A => Color.Success,
        PairVerdict.B => Color.Warning,
        PairVerdict.Tie => Color.Default,
        _ => Color.Error,
    };

    /// <summary>The rationale with names for letters; an answer the parser cannot read is shown as it came.</summary>
    private static string? Rationale(string? rawAnswer, AggregationMethod shownFirst, AggregationMethod shownSecond)
    {
        if (!PairwiseVerdictParser.TryParse(rawAnswer, out var verdict, out _))
        {
            return rawAnswer;
        }

        return verdict.Rationale is { } rationale
            ? JudgeRationale.MapSides(rationale, shownFirst.ToLabel(), shownSecond.ToLabel())
            : "(the judge gave no rationale)";
    }

    private string VerdictText(PairVerdict? verdict) => verdict switch
    {
        PairVerdict.A => Comparison.MethodA.ToLabel(),
        PairVerdict.B => Comparison.MethodB.ToLabel(),
        PairVerdict.Tie => "tie",
        _ => "no verdict",
    };
}
