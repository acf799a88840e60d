using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Api.Runs;

/// <summary>Two methods whose answers the pairwise judge compares, e.g. <c>{ "a": "FusionOfN", "b": "BestOfN" }</c>.</summary>
public sealed record MethodPairDto(AggregationMethod A, AggregationMethod B)
{
    public static MethodPairDto From(MethodPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new MethodPairDto(pair.A, pair.B);
    }

    public MethodPair ToPair() => new(A, B);
}
