using System.Diagnostics;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;

namespace FusionStudio.Bench;

/// <summary>
/// A whole run against the fake model server at a fixed latency: wall time next to the ideal of
/// calls × latency ÷ provider concurrency.
/// </summary>
internal static class PipelineBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var postgres = Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable);
        await using var database = postgres is null ? null : await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = arguments.LatencyMs });
        await using var app = database is null
            ? FusionApp.OnSqlite()
            : new FusionApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        app.With("Logging:LogLevel:Default", "Warning").CreateClient();

        string[] styles = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];
        var runId = await TestRuns.CreateAsync(app, models.BaseUrl, new TestRunShape
        {
            Prompts = arguments.Prompts,
            TeacherModels = Enumerable.Range(0, arguments.Candidates).Select(i => styles[i % styles.Length] + (i < styles.Length ? "" : $"-{i}")).ToList(),
            Concurrency = arguments.Concurrency,
        });

        var clock = Stopwatch.StartNew();
        await TestRuns.StartAsync(app, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(app, runId, TimeSpan.FromMinutes(30));
        clock.Stop();

        var calls = models.RequestLog.Count;
        var ideal = TimeSpan.FromMilliseconds((double)calls * arguments.LatencyMs / arguments.Concurrency);
        Console.WriteLine($"database        {(database is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine($"run             {arguments.Prompts} prompts x {arguments.Candidates} candidates, status {run.Status}");
        Console.WriteLine($"model calls     {calls} (generation, judge, fusion, comparison)");
        Console.WriteLine($"latency         {arguments.LatencyMs} ms per call, provider concurrency {arguments.Concurrency}");
        Console.WriteLine($"wall time       {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"ideal           {ideal.TotalSeconds:0.00} s (calls x latency / concurrency)");
        Console.WriteLine($"efficiency      {ideal / clock.Elapsed:P0} of ideal");
        return run.Status == RunStatus.Completed ? 0 : 1;
    }
}
