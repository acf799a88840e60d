namespace FusionStudio.Domain.Runs;

public static class AggregationMethodExtensions
{
    /// <summary>The fusor writes the answer (from all candidates, from the routed ones, or from Mixture-of-Agents' last layer).</summary>
    public static bool IsFusion(this AggregationMethod method) =>
        method is AggregationMethod.FusionOfN or AggregationMethod.RoutedFusion or AggregationMethod.MixtureOfAgents;

    /// <summary>The method reads only the teachers the run's router picks for each prompt.</summary>
    public static bool IsRouted(this AggregationMethod method) => method is AggregationMethod.Routed or AggregationMethod.RoutedFusion;

    public static bool NeedsJudgeScores(this AggregationMethod method) => method == AggregationMethod.BestOfN;

    /// <summary>
    /// The pointwise judge scores candidates: for Best-of-N to choose, for Routed because its answer is a candidate
    /// and that candidate's score is the method's score.
    /// </summary>
    public static bool JudgeCandidates(this IEnumerable<AggregationMethod> methods) =>
        methods.Any(m => m.NeedsJudgeScores() || m == AggregationMethod.Routed);

    /// <summary>The run pins a pointwise judge prompt, and its judge scores the fused answers too.</summary>
    public static bool ScoreAnswers(this IEnumerable<AggregationMethod> methods) =>
        methods.Any(m => m.NeedsJudgeScores() || m.IsRouted());

    /// <summary>Only routed methods: generation asks each prompt's routed teachers, not the whole pool.</summary>
    public static bool AllRouted(this IReadOnlyCollection<AggregationMethod> methods) => methods.Count > 0 && methods.All(m => m.IsRouted());

    /// <summary>How many of a prompt's best-ranked teachers a routed method reads: Routed the first, Routed FusioN the top k.</summary>
    public static int RoutedTeachers(this AggregationMethod method, int topK) => method == AggregationMethod.RoutedFusion ? topK : 1;

    /// <summary>How many best-ranked teachers the routed methods among these read together: the most any of them reads.</summary>
    public static int RoutedTeachers(this IEnumerable<AggregationMethod> methods, int topK) =>
        methods.Where(m => m.IsRouted()).Select(m => m.RoutedTeachers(topK)).DefaultIfEmpty(1).Max();

    public static string ToLabel(this AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => "Best-of-N",
        AggregationMethod.Mbr => "MBR consensus",
        AggregationMethod.Random => "Random",
        AggregationMethod.FusionOfN => "Fusion-of-N",
        AggregationMethod.Routed => "Routed",
        AggregationMethod.RoutedFusion => "Routed FusioN",
        AggregationMethod.MixtureOfAgents => "Mixture-of-Agents",
        _ => method.ToString(),
    };
}
