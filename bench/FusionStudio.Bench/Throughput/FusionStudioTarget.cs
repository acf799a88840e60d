using System.Diagnostics;
using System.Runtime;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// FusionStudio on PostgreSQL in this process, as a deployment runs it (pages, API and workers in one host), with
/// its runs pointed at the fake server. Each measurement is a new run with a new provider, so the response cache
/// never serves one run from another.
/// </summary>
internal sealed class FusionStudioTarget(
    FusionApp app, FakeServerProcess models, PostgresServerCpu? postgres, DatabaseCommandCounter counter, ThroughputSettings settings)
{
    public const string Tool = "FusionStudio";

    /// <summary>
    /// A run needs a method (the New run form and the API refuse one without): Random selection is the cheapest, no
    /// model call and one stored answer per prompt, so generation-only is the teachers' calls plus that.
    /// </summary>
    private static readonly IReadOnlyList<AggregationMethod> s_generationMethods = [AggregationMethod.Random];

    private static readonly IReadOnlyList<AggregationMethod> s_pipelineMethods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN];

    public Task<int> CreateRunAsync(ThroughputWork work, int prompts) =>
        TestRuns.CreateAsync(app, models.BaseUrl, new TestRunShape
        {
            Prompts = prompts,
            TeacherModels = settings.TeacherModels,
            Concurrency = settings.Concurrency,
            Methods = work == ThroughputWork.Generation ? s_generationMethods : s_pipelineMethods,
            Pairs = work == ThroughputWork.Generation ? [] : [MethodPair.FusionVersusBestOfN],
        });

    /// <summary>The texts of the run's prompts in dataset order, for promptfoo to send the same ones.</summary>
    public async Task<IReadOnlyList<string>> PromptTextsAsync(int runId)
    {
        await using var db = app.CreateDbContext();
        var datasetId = await db.Runs.Where(r => r.Id == runId).Select(r => r.DatasetId).SingleAsync();
        return await db.DatasetPrompts.Where(p => p.DatasetId == datasetId).OrderBy(p => p.Ordinal).Select(p => p.Text).ToListAsync();
    }

    /// <summary>Starts the run and waits for it, measuring from start to the last prompt's end.</summary>
    public async Task<ThroughputMeasurement> MeasureAsync(int repeat, ThroughputWork work, int runId)
    {
        await models.ClearAsync();
        using var self = Process.GetCurrentProcess();
        var (appCpu, postgresCpu, fakeCpu, database) = (self.TotalProcessorTime, postgres?.Total(), models.CpuTime(), counter.Read());
        var jit = JitInfo.GetCompilationTime();
        using var memory = new RssSampler(Environment.ProcessId, withChildren: false);

        var clock = Stopwatch.StartNew();
        await TestRuns.StartAsync(app, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(app, runId, TimeSpan.FromHours(2));
        clock.Stop();

        self.Refresh();
        var measurement = new ThroughputMeasurement(
            repeat,
            work,
            Tool,
            clock.Elapsed,
            0,
            self.TotalProcessorTime - appCpu,
            postgres?.Total() - postgresCpu,
            models.CpuTime() - fakeCpu,
            counter.Read() - database,
            memory.PeakBytes,
            run.Status == RunStatus.Completed ? "completed" : $"{run.Status}: {run.Counters.PromptsFailed} prompts failed",
            JitInfo.GetCompilationTime() - jit);
        return measurement with { Calls = await models.CountCallsAsync() };
    }
}
