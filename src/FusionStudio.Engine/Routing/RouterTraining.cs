using FusionStudio.Domain.Routing;

namespace FusionStudio.Engine.Routing;

/// <summary>The trainer for each <see cref="RouterAlgorithm"/>: what cross-validation calls per fold and training calls once.</summary>
public static class RouterTraining
{
    public static Func<RoutingLog, IRoutePredictor> For(RouterAlgorithm algorithm, int seed) => algorithm switch
    {
        RouterAlgorithm.TaskBest => TaskBestRouter.Train,
        RouterAlgorithm.Knn => log => KnnRouter.Train(log),
        RouterAlgorithm.FastTree => log => FastTreeRouter.Train(log, seed),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown router algorithm."),
    };

    public static bool NeedsEmbeddings(RouterAlgorithm algorithm) => algorithm != RouterAlgorithm.TaskBest;

    public static string Describe(RouterAlgorithm algorithm) => algorithm switch
    {
        RouterAlgorithm.TaskBest => "Per-task best model",
        RouterAlgorithm.Knn => $"kNN on embeddings (k = {KnnRouter.DefaultK}, same task)",
        RouterAlgorithm.FastTree => "FastTree per model (embedding + task)",
        _ => algorithm.ToString(),
    };
}
