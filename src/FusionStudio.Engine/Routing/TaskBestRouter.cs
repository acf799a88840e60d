namespace FusionStudio.Engine.Routing;

/// <summary>
/// The per-task best-model baseline: for a query of task t, every model's mean normalised performance and cost over
/// the training queries of t, so the router picks the model with the best mean reward for the task.
/// </summary>
public sealed class TaskBestRouter(IReadOnlyList<string> models, TaskMeans means) : IRoutePredictor
{
    public IReadOnlyList<string> Models { get; } = models;

    public TaskMeans Means { get; } = means;

    public static TaskBestRouter Train(RoutingLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new TaskBestRouter(log.Models, new TaskMeans(log.Models, log.Queries, new TaskScales(log.Queries)));
    }

    public RoutePrediction Predict(RoutingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Means.For(query.Task);
    }
}
