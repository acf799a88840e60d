namespace FusionStudio.Engine.Methods;

/// <summary>
/// The candidates a FusioN@k point reads: a seeded random k-subset of the prompt's candidates. "The first k" would
/// mean "whichever teachers come first in the pool", so a curve over first-k subsets measures pool order as much as
/// k; averaging over random subsets measures k.
/// </summary>
public static class FusionSubset
{
    /// <summary>
    /// A k-subset drawn with a seed made of <paramref name="seedParts"/> (run seed, prompt, k, subset index), in
    /// canonical order; all candidates when there are no more than <paramref name="k"/>.
    /// </summary>
    public static IReadOnlyList<CandidateView> Take(IReadOnlyList<CandidateView> candidates, int k, params ReadOnlySpan<long> seedParts)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var ordered = CandidateOrder.Canonical(candidates).ToArray();
        if (ordered.Length <= k)
        {
            return ordered;
        }

        // A partial Fisher–Yates shuffle: the first k slots end up a uniform k-subset.
        var random = new StableRandom(StableRandom.SeedFrom(seedParts));
        for (var i = 0; i < k; i++)
        {
            var j = i + random.NextInt(ordered.Length - i);
            (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
        }

        return CandidateOrder.Canonical(ordered.Take(k));
    }
}
