using FusionStudio.Engine.Embeddings;

namespace FusionStudio.Engine.Routing;

/// <summary>
/// k nearest neighbours on query embeddings: a query's forecast is the mean normalised performance and cost of each
/// model over the k most similar training queries of the same task (cosine similarity); a task not seen in training
/// searches all queries.
/// </summary>
public sealed class KnnRouter : IRoutePredictor
{
    public const int DefaultK = 10;

    private readonly VectorIndex _index;
    private readonly Dictionary<string, HashSet<int>> _byTask;

    public KnnRouter(IReadOnlyList<string> models, int k, IReadOnlyList<KnnPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        Models = models;
        K = k;
        Points = points;
        _index = new VectorIndex(points.Select(p => p.Vector).ToList());
        _byTask = points.Select((p, i) => (p.Task, i)).GroupBy(x => x.Task, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToHashSet(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Models { get; }

    public int K { get; }

    public IReadOnlyList<KnnPoint> Points { get; }

    public static KnnRouter Train(RoutingLog log, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.Check(needsVectors: true);
        var scales = new TaskScales(log.Queries);
        var points = log.Queries.Select(q => new KnnPoint(
            q.Task,
            q.Vector!,
            q.Performance.Select(p => scales.Performance(q.Task, p)).ToArray(),
            q.Cost.Select(c => scales.Cost(q.Task, c)).ToArray())).ToList();
        return new KnnRouter(log.Models, k, points);
    }

    public RoutePrediction Predict(RoutingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vector = query.Vector ?? throw new ArgumentException($"Query \"{query.Key}\" has no embedding.", nameof(query));
        var sameTask = _byTask.GetValueOrDefault(query.Task);
        var neighbours = _index.Nearest(vector, K, sameTask is null ? null : sameTask.Contains);
        var performance = new double[Models.Count];
        var cost = new double[Models.Count];
        foreach (var (index, _) in neighbours)
        {
            for (var m = 0; m < Models.Count; m++)
            {
                performance[m] += Points[index].Performance[m] / neighbours.Count;
                cost[m] += Points[index].Cost[m] / neighbours.Count;
            }
        }

        return new RoutePrediction(performance, cost);
    }
}
