namespace FusionStudio.Engine.Routing;

/// <summary>Per task and overall, each model's mean normalised performance and cost over a set of queries.</summary>
public sealed class TaskMeans
{
    public TaskMeans(IReadOnlyList<string> models, IReadOnlyList<RoutingQuery> queries, TaskScales scales)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(scales);
        Tasks = queries.GroupBy(q => q.Task, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Mean(models.Count, g.ToList(), scales), StringComparer.Ordinal);
        Overall = Mean(models.Count, queries, scales);
    }

    public TaskMeans(Dictionary<string, RoutePrediction> tasks, RoutePrediction overall)
    {
        Tasks = tasks;
        Overall = overall;
    }

    public Dictionary<string, RoutePrediction> Tasks { get; }

    public RoutePrediction Overall { get; }

    /// <summary>The task's means; a task never seen in training gets the means over all tasks.</summary>
    public RoutePrediction For(string task) => Tasks.GetValueOrDefault(task, Overall);

    public static RoutePrediction Mean(int models, IReadOnlyList<RoutingQuery> queries, TaskScales scales)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(scales);
        var performance = new double[models];
        var cost = new double[models];
        foreach (var query in queries)
        {
            for (var m = 0; m < models; m++)
            {
                performance[m] += scales.Performance(query.Task, query.Performance[m]);
                cost[m] += scales.Cost(query.Task, query.Cost[m]);
            }
        }

        for (var m = 0; m < models && queries.Count > 0; m++)
        {
            performance[m] /= queries.Count;
            cost[m] /= queries.Count;
        }

        return new RoutePrediction(performance, cost);
    }
}
