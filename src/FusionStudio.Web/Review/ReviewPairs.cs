using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>
/// The pairs of a run that people can review: the judge's comparison pairs first (the first is the default), then
/// any other two methods of the run. Each pair has one orientation, so a pair and its reverse are one queue.
/// </summary>
public static class ReviewPairs
{
    public static IReadOnlyList<MethodPair> For(IReadOnlyCollection<AggregationMethod> methods, IEnumerable<MethodPair> comparisonPairs)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var pairs = new List<MethodPair>();
        foreach (var pair in comparisonPairs)
        {
            if (pair.A != pair.B && methods.Contains(pair.A) && methods.Contains(pair.B) && !Covers(pairs, pair.A, pair.B))
            {
                pairs.Add(pair);
            }
        }

        var ordered = methods.Distinct().OrderByDescending(m => m).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                // The higher method first: fused methods come last in the enum, so "Fusion-of-N vs Best-of-N" reads as usual.
                if (!Covers(pairs, ordered[i], ordered[j]))
                {
                    pairs.Add(new MethodPair(ordered[i], ordered[j]));
                }
            }
        }

        return pairs;
    }

    private static bool Covers(List<MethodPair> pairs, AggregationMethod a, AggregationMethod b) =>
        pairs.Exists(p => (p.A == a && p.B == b) || (p.A == b && p.B == a));
}
