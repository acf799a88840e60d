namespace FusionStudio.Domain.Runs;

public static class AggregationMethodExtensions
{
    public static bool IsFusion(this AggregationMethod method) => method is AggregationMethod.FusionOfN or AggregationMethod.MixtureOfAgents;

    public static bool NeedsJudgeScores(this AggregationMethod method) => method == AggregationMethod.BestOfN;

    public static string ToLabel(this AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => "Best-of-N",
        AggregationMethod.Mbr => "MBR consensus",
        AggregationMethod.Random => "Random",
        AggregationMethod.FusionOfN => "Fusion-of-N",
        AggregationMethod.MixtureOfAgents => "Mixture-of-Agents",
        _ => method.ToString(),
    };
}
