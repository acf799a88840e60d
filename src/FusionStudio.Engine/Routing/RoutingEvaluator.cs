namespace FusionStudio.Engine.Routing;

/// <summary>
/// Scores a router's forecasts against what the logs say each model actually did. Rewards use the evaluated queries'
/// own per-task ranges, so every row of a table is on one scale.
/// </summary>
public static class RoutingEvaluator
{
    /// <summary>k-fold cross-validation grouped by query: each fold is routed by a router trained on the other folds.</summary>
    public static RoutingEvaluation CrossValidate(
        RoutingLog log, Func<RoutingLog, IRoutePredictor> train, int folds, int seed, IReadOnlyList<RoutingScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(train);
        var fold = RoutingFolds.Assign(log.Queries, folds, seed);
        var predictions = new RoutePrediction[log.Queries.Count];
        for (var f = 0; f < folds; f++)
        {
            var trainOn = log.Subset(log.Queries.Where((_, i) => fold[i] != f));
            var testIndexes = Enumerable.Range(0, log.Queries.Count).Where(i => fold[i] == f).ToList();
            var predicted = PredictAll(train(trainOn), testIndexes.Select(i => log.Queries[i]).ToList());
            for (var j = 0; j < testIndexes.Count; j++)
            {
                predictions[testIndexes[j]] = predicted[j];
            }
        }

        return Score(log, predictions, scenarios, $"{folds}-fold cross-validation grouped by query (seed {seed})");
    }

    /// <summary>"Train on these, test on those": a trained router routes every query of another log.</summary>
    public static RoutingEvaluation Test(IRoutePredictor router, RoutingLog log, IReadOnlyList<RoutingScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(log);
        if (!router.Models.SequenceEqual(log.Models, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The log's models ({string.Join(", ", log.Models)}) are not the router's ({string.Join(", ", router.Models)}).", nameof(log));
        }

        return Score(log, PredictAll(router, log.Queries), scenarios, "trained on other logs, tested on these");
    }

    public static IReadOnlyList<RoutePrediction> PredictAll(IRoutePredictor router, IReadOnlyList<RoutingQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router is FastTreeRouter trees ? trees.PredictMany(queries) : queries.Select(router.Predict).ToList();
    }

    public static RoutingEvaluation Score(
        RoutingLog log, IReadOnlyList<RoutePrediction> predictions, IReadOnlyList<RoutingScenario> scenarios, string method)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(scenarios);
        var scales = new TaskScales(log.Queries);
        var all = Enumerable.Range(0, log.Queries.Count).ToList();
        var tables = scenarios.Select(s => new ScenarioTable(
            s,
            Rows(log, all, predictions, s, scales),
            log.Tasks.Select(task =>
            {
                var indexes = all.Where(i => log.Queries[i].Task == task).ToList();
                return new TaskTable(task, indexes.Count, Rows(log, indexes, predictions, s, scales));
            }).ToList())).ToList();

        var modelPoints = Rows(log, all, predictions, RoutingScenario.PerformanceFirst, scales).Where(r => r.Kind == EvaluationRowKind.Model).ToList();
        var curve = RoutingScenario.Sweep.Select(s =>
        {
            var router = Rows(log, all, predictions, s, scales)[0];
            return new CurvePoint(s.Alpha, s.Beta, router.Performance, router.CostPerQuery);
        }).ToList();
        return new RoutingEvaluation(method, log.Queries.Count, log.Models, tables, modelPoints, curve, Match(modelPoints, curve));
    }

    private static CostMatch Match(IReadOnlyList<EvaluationRow> models, IReadOnlyList<CurvePoint> curve)
    {
        var best = models.OrderByDescending(m => m.Performance).ThenBy(m => m.CostPerQuery).First();
        var close = curve.Where(p => p.Performance >= best.Performance - RoutingEvaluation.MatchTolerance).OrderBy(p => p.CostPerQuery).FirstOrDefault();
        return new CostMatch(
            best.Name, best.Performance, best.CostPerQuery,
            close ?? curve.OrderBy(p => Math.Abs(p.Performance - best.Performance)).ThenBy(p => p.CostPerQuery).First(),
            close is not null);
    }

    /// <summary>Router, every model, random and oracle over the given queries; the router's row first.</summary>
    private static List<EvaluationRow> Rows(
        RoutingLog log, List<int> indexes, IReadOnlyList<RoutePrediction> predictions, RoutingScenario scenario, TaskScales scales)
    {
        var models = log.Models.Count;
        double n = Math.Max(1, indexes.Count);
        var router = (P: 0.0, C: 0.0, R: 0.0);
        var oracle = (P: 0.0, C: 0.0, R: 0.0);
        var single = new (double P, double C, double R)[models];
        foreach (var i in indexes)
        {
            var query = log.Queries[i];
            double Reward(int m) => scenario.Reward(scales.Performance(query.Task, query.Performance[m]), scales.Cost(query.Task, query.Cost[m]));

            var chosen = predictions[i].Choose(scenario);
            router = (router.P + query.Performance[chosen], router.C + query.Cost[chosen], router.R + Reward(chosen));
            var best = Enumerable.Range(0, models).OrderByDescending(m => Math.Round(Reward(m), 12)).ThenBy(m => query.Cost[m]).First();
            oracle = (oracle.P + query.Performance[best], oracle.C + query.Cost[best], oracle.R + Reward(best));
            for (var m = 0; m < models; m++)
            {
                single[m] = (single[m].P + query.Performance[m], single[m].C + query.Cost[m], single[m].R + Reward(m));
            }
        }

        var rows = new List<EvaluationRow> { new("Router", EvaluationRowKind.Router, router.P / n, router.C / n, router.R / n) };
        rows.AddRange(Enumerable.Range(0, models).Select(m => new EvaluationRow(log.Models[m], EvaluationRowKind.Model, single[m].P / n, single[m].C / n, single[m].R / n)));
        rows.Add(new EvaluationRow("Random", EvaluationRowKind.Random, single.Average(s => s.P) / n, single.Average(s => s.C) / n, single.Average(s => s.R) / n));
        rows.Add(new EvaluationRow("Oracle", EvaluationRowKind.Oracle, oracle.P / n, oracle.C / n, oracle.R / n));
        return rows;
    }
}
