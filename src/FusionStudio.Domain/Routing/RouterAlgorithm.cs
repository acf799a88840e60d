namespace FusionStudio.Domain.Routing;

/// <summary>How a router predicts each candidate model's performance and cost for a query.</summary>
public enum RouterAlgorithm
{
    /// <summary>Per task, the model with the best mean reward in the logs: the baseline every router should beat.</summary>
    TaskBest = 0,

    /// <summary>The mean of the k most similar logged queries of the same task (cosine of embeddings).</summary>
    Knn = 1,

    /// <summary>One boosted-tree regressor per model on the query's embedding and task (ML.NET FastTree).</summary>
    FastTree = 2,
}
