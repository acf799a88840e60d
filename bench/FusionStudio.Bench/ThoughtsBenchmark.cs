using System.Diagnostics;
using System.Globalization;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Engine.PastAnswers;
using FusionStudio.Engine.Routing;
using FusionStudio.Engine.Thoughts;
using FusionStudio.Testing;

namespace FusionStudio.Bench;

/// <summary>
/// The thought level on the real routing logs: what the hybrid source pick sends a summarizer (answers and characters
/// per query), then retrieval of the 3 most similar same-task templates per prompt at 100,000 templates (12 tasks,
/// 384-d unit vectors), with and without a task.
/// </summary>
internal static class ThoughtsBenchmark
{
    private const int Templates = 100_000;

    private const int Tasks = 12;

    private const int Prompts = 2_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var templates = Templates;
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == "--templates") { templates = int.Parse(args[i + 1], CultureInfo.InvariantCulture); }
        }

        await using var file = RoutingLogSample.Open();
        var read = await LogFileReader.ReadAsync(file, LogFileFormat.Jsonl, new LogReadLimits(50L << 20, 1_000_000, 10));
        var answers = LogContentAnswers.From(read.Content, RoutingLogSample.Prices).ToList();
        var queries = answers.GroupBy(a => a.QueryKey, StringComparer.Ordinal).ToList();
        var picked = queries.Select(q => ThoughtSourceSelection.Select(q.Select((a, order) =>
            new PastAnswer(order, a.Model, a.Text, a.Performance, null, a.Cost, order)))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} past queries; hybrid pick: {picked.Average(p => p.Count):0.00} answers per query, {picked.Average(p => p.Sum(a => a.Text.Length)):N0} characters of answers per query"));

        var random = new Random(11);
        var clock = Stopwatch.StartNew();
        var vectors = Enumerable.Range(0, templates)
            .Select(_ => EmbeddingVectors.Normalized(Enumerable.Range(0, BuiltInEmbeddingGenerator.Dimensions).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()))
            .ToList();
        var rows = Enumerable.Range(0, templates).Select(i => ((long)i, "task-" + (i % Tasks).ToString(CultureInfo.InvariantCulture), "template")).ToList();
        var made = clock.Elapsed;
        clock.Restart();
        var index = new ThoughtTemplateIndex(rows, vectors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index of {templates:N0} templates built in {clock.Elapsed.TotalMilliseconds:0} ms (vectors made in {made.TotalSeconds:0.0} s)"));

        var prompts = Enumerable.Range(0, Prompts).Select(i => vectors[(i * 7919) % templates]).ToList();
        index.Retrieve(prompts[0], "task-0");
        foreach (var (label, task) in new[] { ("same task (1 of 12)", (Func<int, string?>)(i => "task-" + (i % Tasks).ToString(CultureInfo.InvariantCulture))), ("no task (all)", _ => null) })
        {
            var timings = new double[Prompts];
            for (var i = 0; i < Prompts; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var hints = index.Retrieve(prompts[i], task(i));
                timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (hints.Count != ThoughtTemplateIndex.HintsPerPrompt)
                {
                    Console.WriteLine($"prompt {i}: {hints.Count} hints");
                    return 1;
                }
            }

            Array.Sort(timings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"retrieval, {label}: top-3 of {templates:N0} in {timings.Average():0.000} ms per prompt (median {timings[Prompts / 2]:0.000}, p99 {timings[Prompts * 99 / 100]:0.000})"));
        }

        return 0;
    }
}
