namespace FusionStudio.Engine.Routing;

/// <summary>
/// k-fold assignment grouped by query: every answer of a query lands in the same fold, so a router is never tested on
/// a query it saw in training. Queries are ordered by key and shuffled with the seed, then dealt round-robin.
/// </summary>
public static class RoutingFolds
{
    public static int[] Assign(IReadOnlyList<RoutingQuery> queries, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (queries.Count < folds)
        {
            throw new ArgumentException($"{folds}-fold cross-validation needs at least {folds} queries; the log has {queries.Count}.", nameof(queries));
        }

        var order = Enumerable.Range(0, queries.Count).OrderBy(i => queries[i].Key, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[queries.Count];
        for (var position = 0; position < order.Length; position++)
        {
            fold[order[position]] = position % folds;
        }

        return fold;
    }
}
