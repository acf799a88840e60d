namespace FusionStudio.Engine.Methods;

/// <summary>
/// The candidates FusioN@k reads for the test-time-scaling curve: the first k in canonical order, so FusioN@k and
/// BoN@k see the same candidates and the curve compares methods, not samples.
/// </summary>
public static class FusionOfFirstK
{
    /// <summary>The first <paramref name="k"/> candidates; all of them when fewer succeeded.</summary>
    public static IReadOnlyList<CandidateView> Take(IReadOnlyList<CandidateView> candidates, int k)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return CandidateOrder.Canonical(candidates).Take(k).ToList();
    }
}
