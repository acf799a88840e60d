using System.Diagnostics;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// One large generation-only run through the app as the throughput bench hosts it (pages, API and workers in this
/// process, PostgreSQL, the fake server as its own process): how long Start takes to return and the run page to
/// answer, and the app's resident memory sampled every second from Start to the run's end.
/// </summary>
internal static class MemoryBenchmark
{
    private static readonly TimeSpan s_sampleInterval = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = ThroughputSettings.Parse(args);
        if (Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable) is null)
        {
            Console.Error.WriteLine($"The memory benchmark measures PostgreSQL: run it under .ci/with-postgres (or set {TestPostgres.EnvironmentVariable}).");
            return 2;
        }

        using var models = await FakeServerProcess.StartAsync(settings.LatencyMs);
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = new FusionApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        app.With("Logging:LogLevel:Default", "Warning").CreateClient();
        var target = new FusionStudioTarget(app, models, null, new DatabaseCommandCounter(), settings);
        Console.WriteLine($"work            {settings.Prompts:N0} prompts × {settings.Candidates} teachers, generation only (Random selection: no judge, no fusor), "
            + $"fake server pid {models.Pid} at {settings.LatencyMs} ms, provider concurrency {settings.Concurrency}");

        var runId = await target.CreateRunAsync(ThroughputWork.Generation, 0);
        await AddPromptsAsync(app, runId, settings.Prompts);

        var samples = new List<(TimeSpan At, long Rss, int Done)>();
        var clock = Stopwatch.StartNew();
        var startRss = ProcFs.ResidentBytes(Environment.ProcessId);
        await TestRuns.StartAsync(app, runId);
        var started = clock.Elapsed;
        var progress = app.Services.GetRequiredService<RunProgressQuery>();
        await progress.LoadAsync(runId);
        var pageAnswered = clock.Elapsed;
        Console.WriteLine($"start           Start returned in {started.TotalMilliseconds:0} ms; the run page's progress answered {pageAnswered.TotalMilliseconds:0} ms after Start");

        TimeSpan? planned = null;
        RunStatus status;
        do
        {
            await Task.Delay(s_sampleInterval);
            await using var db = app.CreateDbContext();
            var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
                .Select(r => new { r.Status, Done = r.Counters.PromptsDone + r.Counters.PromptsFailed }).SingleAsync();
            status = run.Status;
            if (planned is null && await db.RunPrompts.CountAsync(p => p.RunId == runId) == settings.Prompts)
            {
                planned = clock.Elapsed;
            }

            samples.Add((clock.Elapsed, ProcFs.ResidentBytes(Environment.ProcessId), run.Done));
        }
        while (!status.IsFinished());

        Console.WriteLine($"planned         every prompt row in place {planned?.TotalSeconds:0.0} s after Start");
        Console.WriteLine($"run             {status} in {clock.Elapsed.TotalSeconds:0} s, {await models.CountCallsAsync():N0} calls to the fake server");
        Console.WriteLine($"RSS             start {Mb(startRss)} MB, peak {Mb(samples.Max(s => s.Rss))} MB, end {Mb(samples[^1].Rss)} MB ({samples.Count} samples, one a second)");
        Console.WriteLine("  done     time   RSS");
        for (var tenth = 0; tenth <= 10; tenth++)
        {
            var wanted = settings.Prompts * tenth / 10;
            // The counters may land just after the status: the last sample stands for 100 % then.
            var (at, rss, done) = samples.Find(s => s.Done >= wanted) is { Rss: > 0 } reached ? reached : samples[^1];
            Console.WriteLine($"  {done * 100.0 / settings.Prompts,5:0}%  {at.TotalSeconds,5:0} s  {Mb(rss),4} MB");
        }

        return status == RunStatus.Completed ? 0 : 1;
    }

    /// <summary>The run's prompts written by PostgreSQL itself, so the bench's own objects do not count as the app's memory.</summary>
    private static async Task AddPromptsAsync(FusionApp app, int runId, int prompts)
    {
        await using var db = app.CreateDbContext();
        var datasetId = await db.Runs.Where(r => r.Id == runId).Select(r => r.DatasetId).SingleAsync();
        const string emptyObject = "{}";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DatasetPrompts" ("DatasetId", "Ordinal", "Text", "Messages", "Language", "Task", "Metadata")
            SELECT {datasetId}, i, 'How does topic number ' || i || ' work, and why does it matter?', '[]',
                   (ARRAY['en','de','fr','es'])[1 + i % 4], CASE WHEN i % 2 = 0 THEN 'explanation' ELSE 'advice' END, {emptyObject}
            FROM generate_series(0, {prompts - 1}) AS i
            """);
        await db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(s => s.SetProperty(d => d.PromptCount, prompts));
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Counters.PromptCount, prompts));
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
