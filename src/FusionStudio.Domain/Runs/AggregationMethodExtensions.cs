namespace FusionStudio.Domain.Runs;

public static class AggregationMethodExtensions
{
    /// <summary>The fusor writes the answer (from all candidates, or from the routed ones).</summary>
    public static bool IsFusion(this AggregationMethod method) => method is AggregationMethod.FusionOfN or AggregationMethod.RoutedFusion;

    /// <summary>The method reads only the teachers the run's router picks for each prompt.</summary>
    public static bool IsRouted(this AggregationMethod method) => method is AggregationMethod.Routed or AggregationMethod.RoutedFusion;

    public static bool NeedsJudgeScores(this AggregationMethod method) => method == AggregationMethod.BestOfN;

    public static string ToLabel(this AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => "Best-of-N",
        AggregationMethod.Mbr => "MBR consensus",
        AggregationMethod.Random => "Random",
        AggregationMethod.FusionOfN => "Fusion-of-N",
        AggregationMethod.Routed => "Routed",
        AggregationMethod.RoutedFusion => "Routed FusioN",
        _ => method.ToString(),
    };
}
