namespace FusionStudio.Domain.Runs;

/// <summary>Two methods whose answers the pairwise judge compares, for example Fusion-of-N against Best-of-N.</summary>
public sealed record MethodPair(AggregationMethod A, AggregationMethod B)
{
    public static MethodPair FusionVersusBestOfN { get; } = new(AggregationMethod.FusionOfN, AggregationMethod.BestOfN);

    public override string ToString() => $"{A.ToLabel()} vs {B.ToLabel()}";
}
