using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace FusionStudio.Engine.Routing;

/// <summary>
/// The learned router: per candidate model, a FastTree regressor (ML.NET boosted trees) predicts the model's
/// normalised performance from the query's embedding and a one-hot of its task. Cost is far more regular than
/// quality (it follows the model's price and the task's answer length), so it is predicted as the per-task mean.
/// </summary>
public sealed class FastTreeRouter : IRoutePredictor
{
    private readonly MLContext _ml;
    private readonly IReadOnlyList<ITransformer> _regressors;

    public FastTreeRouter(IReadOnlyList<string> models, IReadOnlyList<string> tasks, int dimensions, IReadOnlyList<ITransformer> regressors, TaskMeans costs, int seed)
    {
        Models = models;
        Tasks = tasks;
        Dimensions = dimensions;
        _regressors = regressors;
        Costs = costs;
        Seed = seed;
        _ml = new MLContext(seed);
    }

    public IReadOnlyList<string> Models { get; }

    /// <summary>The tasks of the one-hot features, in feature order.</summary>
    public IReadOnlyList<string> Tasks { get; }

    public int Dimensions { get; }

    public TaskMeans Costs { get; }

    public int Seed { get; }

    public IReadOnlyList<ITransformer> Regressors => _regressors;

    public static FastTreeRouter Train(RoutingLog log, int seed)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.Check(needsVectors: true);
        var scales = new TaskScales(log.Queries);
        var tasks = log.Tasks;
        var dimensions = log.Queries.Count == 0 ? 0 : log.Queries[0].Vector!.Length;
        var ml = new MLContext(seed);
        var schema = FastTreeRows.Schema(dimensions + tasks.Count);
        var features = log.Queries.Select(q => FastTreeRows.Features(q, tasks, dimensions)).ToList();
        var regressors = new List<ITransformer>(log.Models.Count);
        for (var m = 0; m < log.Models.Count; m++)
        {
            var rows = log.Queries.Select((q, i) => new FastTreeRow { Features = features[i], Label = (float)scales.Performance(q.Task, q.Performance[m]) });
            var data = ml.Data.LoadFromEnumerable(rows, schema);
            var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfLeaves = 8,
                NumberOfTrees = 60,
                MinimumExampleCountPerLeaf = 5,
                LearningRate = 0.1,
                FeatureFraction = 0.7,
                Seed = seed,
                NumberOfThreads = 1,
            });
            regressors.Add(trainer.Fit(data));
        }

        return new FastTreeRouter(log.Models, tasks, dimensions, regressors, new TaskMeans(log.Models, log.Queries, scales), seed);
    }

    public RoutePrediction Predict(RoutingQuery query) => PredictMany([query])[0];

    /// <summary>Forecasts for many queries at once: one pass per model over all of them.</summary>
    public IReadOnlyList<RoutePrediction> PredictMany(IReadOnlyList<RoutingQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var schema = FastTreeRows.Schema(Dimensions + Tasks.Count);
        var data = _ml.Data.LoadFromEnumerable(
            queries.Select(q => new FastTreeRow { Features = FastTreeRows.Features(q, Tasks, Dimensions) }).ToList(), schema);
        var scores = _regressors.Select(r => r.Transform(data).GetColumn<float>("Score").ToArray()).ToList();
        return queries.Select((q, i) => new RoutePrediction(
            scores.Select(s => (double)s[i]).ToArray(),
            Costs.For(q.Task).Cost)).ToList();
    }
}
