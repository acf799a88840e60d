using FusionStudio.Domain.Runs;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

/// <summary>One pairwise comparison: the verdict of each order and the final one (a tie when the orders disagree).</summary>
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

    private string VerdictText(PairVerdict? verdict) => verdict switch
    {
        PairVerdict.A => Comparison.MethodA.ToLabel(),
        PairVerdict.B => Comparison.MethodB.ToLabel(),
        PairVerdict.Tie => "tie",
        _ => "no verdict",
    };
}
