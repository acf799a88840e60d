namespace FusionStudio.Domain.Runs;

/// <summary>Two methods whose answers the pairwise judge compares, for example Fusion-of-N against Best-of-N.</summary>
public sealed record MethodPair(AggregationMethod A, AggregationMethod B)
{
    public static MethodPair FusionVersusBestOfN { get; } = new(AggregationMethod.FusionOfN, AggregationMethod.BestOfN);

    /// <summary>The pairs a run's report shows: those it compares, or Fusion-of-N against Best-of-N when it names none.</summary>
    public static IReadOnlyList<MethodPair> Reported(IReadOnlyList<MethodPair> compared) => compared.Count > 0 ? compared : [FusionVersusBestOfN];

    public override string ToString() => $"{A.ToLabel()} vs {B.ToLabel()}";
}
