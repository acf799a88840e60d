using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;
using FusionStudio.Testing;

namespace FusionStudio.UnitTests.Routing;

/// <summary>The evaluator's cross-validated figures against a plain recomputation written out here loop by loop.</summary>
public sealed class RouterCrossValidationTests
{
    private const int Folds = 5;
    private const int Seed = 1;

    [Fact]
    public async Task Folds_put_every_query_in_exactly_one_fold_of_near_equal_size()
    {
        var log = await RoutingLogs.SampleAsync();

        var fold = RoutingFolds.Assign(log.Queries, Folds, Seed);

        Assert.Equal(RoutingLogSample.Queries, fold.Length);
        Assert.All(Enumerable.Range(0, Folds), f => Assert.Equal(RoutingLogSample.Queries / Folds, fold.Count(x => x == f)));
        Assert.Equal(fold, RoutingFolds.Assign(log.Queries, Folds, Seed));
        Assert.NotEqual(fold, RoutingFolds.Assign(log.Queries, Folds, Seed + 1));
    }

    [Fact]
    public async Task Single_models_and_the_oracle_match_the_logs_own_means()
    {
        var log = await RoutingLogs.SampleAsync();

        var evaluation = RoutingEvaluator.CrossValidate(log, TaskBestRouter.Train, Folds, Seed, RoutingScenario.Standard);

        var table = evaluation.Scenarios[0];
        for (var m = 0; m < log.Models.Count; m++)
        {
            var row = table.Rows.Single(r => r.Name == log.Models[m]);
            Assert.Equal(log.Queries.Average(q => q.Performance[m]), row.Performance, 12);
            Assert.Equal(log.Queries.Average(q => q.Cost[m]), row.CostPerQuery, 15);
        }

        Assert.Equal(log.Queries.Average(q => q.Performance.Max()), table.Oracle.Performance, 12);
        Assert.Equal(0.61, table.Rows.Where(r => r.Kind == EvaluationRowKind.Model).Max(r => r.Performance), 2);
        Assert.Equal(0.77, table.Oracle.Performance, 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Per_task_best_model_cross_validation_equals_a_plain_recomputation(int scenarioIndex)
    {
        var log = await RoutingLogs.SampleAsync();
        var scenario = RoutingScenario.Standard[scenarioIndex];

        var evaluation = RoutingEvaluator.CrossValidate(log, TaskBestRouter.Train, Folds, Seed, RoutingScenario.Standard);

        var fold = RoutingFolds.Assign(log.Queries, Folds, Seed);
        var (performance, cost, reward) = Recompute(log, fold, scenario, (train, query) =>
        {
            var sameTask = train.Where(q => q.Task == query.Task).ToList();
            return (sameTask, PlainMeans(log.Models.Count, sameTask, train));
        });
        var router = evaluation.Scenarios[scenarioIndex].Router;
        Assert.Equal(performance, router.Performance, 12);
        Assert.Equal(cost, router.CostPerQuery, 15);
        Assert.Equal(reward, router.Reward, 12);
    }

    [Fact]
    public async Task Knn_cross_validation_equals_a_brute_force_recomputation()
    {
        var log = await RoutingLogs.SampleAsync();

        var evaluation = RoutingEvaluator.CrossValidate(log, l => KnnRouter.Train(l), Folds, Seed, RoutingScenario.Standard);

        var fold = RoutingFolds.Assign(log.Queries, Folds, Seed);
        for (var s = 0; s < RoutingScenario.Standard.Count; s++)
        {
            var (performance, cost, _) = Recompute(log, fold, RoutingScenario.Standard[s], (train, query) =>
            {
                var neighbours = train.Where(q => q.Task == query.Task)
                    .Select(q => (q, Similarity: Dot(q.Vector!, query.Vector!)))
                    .OrderByDescending(x => x.Similarity)
                    .ThenBy(x => train.IndexOf(x.q))
                    .Take(KnnRouter.DefaultK)
                    .Select(x => x.q)
                    .ToList();
                return (neighbours, PlainMeans(log.Models.Count, neighbours, train));
            });
            Assert.Equal(performance, evaluation.Scenarios[s].Router.Performance, 12);
            Assert.Equal(cost, evaluation.Scenarios[s].Router.CostPerQuery, 15);
        }
    }

    [Fact]
    public async Task A_stored_router_predicts_what_the_trained_one_did()
    {
        var log = await RoutingLogs.SampleAsync();
        var small = log.Subset(log.Queries.Take(120));
        foreach (var algorithm in Enum.GetValues<RouterAlgorithm>())
        {
            var trained = RouterTraining.For(algorithm, Seed)(small);

            var stored = RouterModelCodec.Read(RouterModelCodec.Write(trained));

            var queries = log.Queries.Skip(120).Take(30).ToList();
            var before = RoutingEvaluator.PredictAll(trained, queries);
            var after = RoutingEvaluator.PredictAll(stored, queries);
            Assert.Equal(before.Select(p => p.Performance), after.Select(p => p.Performance));
            Assert.Equal(before.Select(p => p.Cost), after.Select(p => p.Cost));
        }
    }

    /// <summary>
    /// Routes each query with a forecast made from the training queries of the other folds: the means over the queries
    /// <paramref name="pick"/> gives, normalised with the training set's own per-task ranges.
    /// </summary>
    private static (double Performance, double Cost, double Reward) Recompute(
        RoutingLog log, int[] fold, RoutingScenario scenario, Func<List<RoutingQuery>, RoutingQuery, (List<RoutingQuery>, (double[] P, double[] C))> pick)
    {
        double performance = 0, cost = 0, reward = 0;
        for (var i = 0; i < log.Queries.Count; i++)
        {
            var query = log.Queries[i];
            var train = log.Queries.Where((_, j) => fold[j] != fold[i]).ToList();
            var (_, means) = pick(train, query);
            var best = 0;
            for (var m = 1; m < log.Models.Count; m++)
            {
                var a = Math.Round(scenario.Alpha * means.P[m] - scenario.Beta * means.C[m], 12);
                var b = Math.Round(scenario.Alpha * means.P[best] - scenario.Beta * means.C[best], 12);
                if (a > b || (a == b && means.C[m] < means.C[best]))
                {
                    best = m;
                }
            }

            performance += query.Performance[best];
            cost += query.Cost[best];
            var task = log.Queries.Where(q => q.Task == query.Task).ToList();
            reward += scenario.Alpha * Scale(query.Performance[best], task.Min(q => q.Performance.Min()), task.Max(q => q.Performance.Max()))
                      - scenario.Beta * Scale(query.Cost[best], task.Min(q => q.Cost.Min()), task.Max(q => q.Cost.Max()));
        }

        return (performance / log.Queries.Count, cost / log.Queries.Count, reward / log.Queries.Count);
    }

    private static (double[] P, double[] C) PlainMeans(int models, List<RoutingQuery> chosen, List<RoutingQuery> train)
    {
        var p = new double[models];
        var c = new double[models];
        foreach (var q in chosen)
        {
            var task = train.Where(t => t.Task == q.Task).ToList();
            double pMin = task.Min(t => t.Performance.Min()), pMax = task.Max(t => t.Performance.Max());
            double cMin = task.Min(t => t.Cost.Min()), cMax = task.Max(t => t.Cost.Max());
            for (var m = 0; m < models; m++)
            {
                p[m] += Scale(q.Performance[m], pMin, pMax) / chosen.Count;
                c[m] += Scale(q.Cost[m], cMin, cMax) / chosen.Count;
            }
        }

        return (p, c);
    }

    private static double Scale(double value, double min, double max) => max > min ? (value - min) / (max - min) : 0;

    // The same primitive as the index, so near-equal similarities order the same way; the search around it is brute force.
    private static float Dot(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
