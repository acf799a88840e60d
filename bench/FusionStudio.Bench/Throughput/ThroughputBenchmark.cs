using FusionStudio.Data;
using FusionStudio.Testing;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// FusionStudio side by side with promptfoo against one fake server process at a fixed latency: generation only and
/// the full pipeline, alternating which tool goes first, with wall time against the provider-bound ideal and the CPU
/// each process spends per model call (docs/decisions: the throughput record).
/// </summary>
internal static class ThroughputBenchmark
{
    private const int WarmUpPrompts = 100;

    /// <summary>A warm-up round whose compiling is at most this share of its CPU ends the warm-up.</summary>
    private const double SettledJitShare = 0.1;

    private const int MaxWarmUpRounds = 15;

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = ThroughputSettings.Parse(args);
        if (settings.AnalyzeTrace is { } trace)
        {
            // A trace recorded earlier (by --profile, or by hand with dotnet-trace): the CPU view alone.
            Console.WriteLine(TraceCpuReport.Write(trace, 40));
            return 0;
        }

        if (Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable) is null)
        {
            Console.Error.WriteLine($"The throughput benchmark measures PostgreSQL: run it under .ci/with-postgres (or set {TestPostgres.EnvironmentVariable}).");
            return 2;
        }

        using var models = await FakeServerProcess.StartAsync(settings.LatencyMs);
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var postgres = await PostgresServerCpu.FindAsync(database.ConnectionString);
        using var counter = new DatabaseCommandCounter();
        await using var app = new FusionApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        app.With("Logging:LogLevel:Default", "Warning").CreateClient();
        var fusionStudio = new FusionStudioTarget(app, models, postgres, counter, settings);

        var (tool, missing) = settings.SkipPromptfoo ? (null, "--no-promptfoo") : PromptfooTool.Find();
        var folder = Path.Combine(Path.GetTempPath(), $"fusionstudio-throughput-{Environment.ProcessId}");
        var promptfoo = tool is null ? null : new PromptfooTarget(tool, models, settings, folder);

        Console.WriteLine($"fake server     pid {models.Pid}, {models.BaseUrl}, {settings.LatencyMs} ms per call");
        Console.WriteLine($"PostgreSQL      {(postgres is null ? "not on this machine: its CPU is not measured" : "local, CPU measured from /proc")}");
        Console.WriteLine($"promptfoo       {(tool is null ? $"skipped ({missing})" : $"{tool.Version} on {tool.Node}")}");
        Console.WriteLine($"work            {settings.Prompts:N0} prompts × {settings.Candidates} teachers, provider concurrency {settings.Concurrency}, {settings.Repeats} repeats");
        Console.WriteLine("generation only FusionStudio runs the teachers with Random selection (a run needs a method; Random makes no model call)");

        await WarmUpAsync(fusionStudio);

        if (promptfoo is not null)
        {
            // Not measured either: promptfoo's first eval creates its database.
            await promptfoo.MeasureAsync(0, Enumerable.Range(0, WarmUpPrompts).Select(i => $"warm-up {i}").ToList());
        }

        var measurements = new List<ThroughputMeasurement>();
        for (var repeat = 1; repeat <= settings.Repeats; repeat++)
        {
            var generationRun = await fusionStudio.CreateRunAsync(ThroughputWork.Generation, settings.Prompts);
            var pipelineRun = await fusionStudio.CreateRunAsync(ThroughputWork.FullPipeline, settings.Prompts);
            var prompts = await fusionStudio.PromptTextsAsync(generationRun);
            var steps = new List<Func<Task<ThroughputMeasurement>>>
            {
                () => fusionStudio.MeasureAsync(repeat, ThroughputWork.Generation, generationRun),
                () => fusionStudio.MeasureAsync(repeat, ThroughputWork.FullPipeline, pipelineRun),
            };
            if (promptfoo is not null)
            {
                // Odd repeats start with FusionStudio, even ones with promptfoo, so neither always meets a warmer machine.
                steps.Insert(repeat % 2 == 1 ? steps.Count : 0, () => promptfoo.MeasureAsync(repeat, prompts));
            }

            foreach (var step in steps)
            {
                var measurement = await step();
                measurements.Add(measurement);
                Console.WriteLine($"  repeat {repeat}: {ThroughputTable.Describe(measurement.Work, settings)}, {measurement.Tool}: {measurement.Wall.TotalSeconds:0.0} s, {measurement.Calls} calls, {measurement.Outcome}");
            }
        }

        ThroughputTable.Print(measurements, settings);
        if (settings.ProfileDirectory is { } profileFolder)
        {
            await ProfileAsync(fusionStudio, settings, profileFolder);
        }

        return measurements.All(m => m.Outcome == "completed") ? 0 : 1;
    }

    /// <summary>
    /// Not measured: rounds of each work (so that the pipeline's judge, fusion and comparison code is compiled too) until
    /// the JIT has settled. A fresh process compiles its hot paths twice, quickly at first and optimized once they have
    /// run a while (tiered compilation); the optimizing pass of this host's libraries takes seconds of CPU, more than
    /// one short round gives it, and would otherwise land in the first measured repeat. The rounds also fill the
    /// connection pools.
    /// </summary>
    private static async Task WarmUpAsync(FusionStudioTarget fusionStudio)
    {
        for (var round = 1; round <= MaxWarmUpRounds; round++)
        {
            var (cpu, jit) = (TimeSpan.Zero, TimeSpan.Zero);
            foreach (var work in Enum.GetValues<ThroughputWork>())
            {
                var measurement = await fusionStudio.MeasureAsync(0, work, await fusionStudio.CreateRunAsync(work, WarmUpPrompts));
                (cpu, jit) = (cpu + measurement.ToolCpu, jit + (measurement.JitTime ?? TimeSpan.Zero));
            }

            var share = jit / cpu;
            Console.WriteLine($"warm-up round {round}: {cpu.TotalSeconds:0.0} s of app CPU, {share:P1} of it compiling");
            if (share <= SettledJitShare)
            {
                return;
            }
        }

        Console.WriteLine($"warm-up: the JIT had not settled after {MaxWarmUpRounds} rounds; the first repeat pays for the rest");
    }

    /// <summary>One more generation-only run, recorded; after the table, so the recording's own cost is in no row.</summary>
    private static async Task ProfileAsync(FusionStudioTarget fusionStudio, ThroughputSettings settings, string folder)
    {
        var run = await fusionStudio.CreateRunAsync(ThroughputWork.Generation, settings.Prompts);
        await using var capture = await ProfileCapture.StartAsync(folder);
        var measurement = await fusionStudio.MeasureAsync(settings.Repeats + 1, ThroughputWork.Generation, run);
        var report = await capture.StopAndReportAsync();
        Console.WriteLine();
        Console.WriteLine($"Profiled generation run: {measurement.Wall.TotalSeconds:0.0} s, {measurement.Calls} calls, {measurement.PerCall(measurement.ToolCpu):0.00} ms app CPU per call (with the recording's own cost).");
        Console.WriteLine($"Trace, speedscope file and counters CSV in {folder}");
        Console.WriteLine(report);
    }
}
