using System.Diagnostics;
using System.Globalization;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Engine.Routing;
using FusionStudio.Testing;

namespace FusionStudio.Bench;

/// <summary>
/// Routers on the real routing logs (README prices, 5-fold cross-validation grouped by query): performance, cost per
/// query and reward per router and scenario beside every single model, random and the oracle, and the point of each
/// router's α/β curve that matches the best single model's performance. Then the in-memory search at 200,000 vectors.
/// </summary>
internal static class RoutingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folds = 5;
        var seed = 1;
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == "--folds") { folds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); }
            if (args[i] == "--seed") { seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); }
        }

        await using var file = RoutingLogSample.Open();
        var read = await LogFileReader.ReadAsync(file, LogFileFormat.Jsonl, new LogReadLimits(50L << 20, 1_000_000, 10));
        if (read.ErrorCount > 0)
        {
            Console.WriteLine(string.Join(Environment.NewLine, read.Errors));
            return 1;
        }

        var (log, dropped) = RoutingLogBuilder.Build(LogContentAnswers.From(read.Content, RoutingLogSample.Prices));
        Console.WriteLine($"{log.Queries.Count} queries ({dropped} dropped), {log.Models.Count} models, {log.Tasks.Count} tasks; README prices; {folds}-fold CV, seed {seed}");

        var clock = Stopwatch.StartNew();
        using var builtIn = new BuiltInEmbeddingGenerator();
        var embedded = await new EmbeddingCache(new InMemoryEmbeddingStore()).EmbedAsync(EmbeddingModelKey.BuiltIn, builtIn, log.Queries.Select(q => q.Text).ToList());
        Console.WriteLine($"embedded {embedded.Generated} queries with {BuiltInEmbeddingGenerator.ModelName} in {clock.Elapsed.TotalSeconds:0.0} s");
        log = log with { Queries = log.Queries.Select((q, i) => q with { Vector = embedded.Vectors[i] }).ToList() };

        foreach (var algorithm in Enum.GetValues<RouterAlgorithm>())
        {
            clock.Restart();
            var evaluation = RoutingEvaluator.CrossValidate(log, RouterTraining.For(algorithm, seed), folds, seed, RoutingScenario.Standard);
            Console.WriteLine();
            Console.WriteLine($"== {RouterTraining.Describe(algorithm)} ({clock.Elapsed.TotalSeconds:0.0} s)");
            foreach (var table in evaluation.Scenarios)
            {
                Console.WriteLine($"-- {table.Scenario.Name} (α={table.Scenario.Alpha}, β={table.Scenario.Beta})");
                Console.WriteLine($"   {"",-38} {"perf",7} {"$/query",10} {"reward",8}");
                foreach (var row in table.Rows)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {row.Name,-38} {row.Performance,7:0.0000} {row.CostPerQuery,10:0.0000000} {row.Reward,8:0.0000}"));
                }
            }

            var match = evaluation.Match;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"-- curve: best single model {match.BestModel} {match.BestPerformance:0.0000} at ${match.BestCostPerQuery:0.0000000}/query; router point α={match.Point.Alpha:0.###} β={match.Point.Beta:0.###}: {match.Point.Performance:0.0000} at ${match.Point.CostPerQuery:0.0000000}/query = {match.CostRatio:P1} of its cost ({(match.WithinTolerance ? "within" : "NOT within")} {RoutingEvaluation.MatchTolerance})"));
            Console.WriteLine("   curve: " + string.Join("  ", evaluation.Curve.Select(p => string.Create(CultureInfo.InvariantCulture, $"β={p.Beta:0.###}:{p.Performance:0.000}/${p.CostPerQuery * 1000:0.000}m"))));
        }

        SearchSpeed();
        return 0;
    }

    private static void SearchSpeed()
    {
        const int Count = 200_000;
        var random = new Random(7);
        var vectors = Enumerable.Range(0, Count).Select(_ => EmbeddingVectors.Normalized(Enumerable.Range(0, BuiltInEmbeddingGenerator.Dimensions).Select(_ => (float)random.NextDouble() - 0.5f).ToArray())).ToList();
        var index = new VectorIndex(vectors);
        var query = vectors[123];
        index.Nearest(query, 10);
        var clock = Stopwatch.StartNew();
        const int Searches = 20;
        for (var i = 0; i < Searches; i++)
        {
            index.Nearest(vectors[i * 997], 10);
        }

        Console.WriteLine();
        Console.WriteLine($"search: top-10 of {Count:N0} vectors ({BuiltInEmbeddingGenerator.Dimensions}-d) in {clock.Elapsed.TotalMilliseconds / Searches:0.0} ms per query");
    }
}
