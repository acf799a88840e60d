using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Testing;
using FusionStudio.Web.Api.Runs;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.CallLog;

/// <summary>
/// Every spending figure of a run — counters, cost per method, evaluation, scaling, cache hits, errors, the API's
/// counters, the runs list — equals a sum the test computes itself from the call-log rows, and the call log
/// matches what the fake provider received. The runs have a teacher that always fails, one that is rate limited
/// at first, FusioN@k points, and a second run that takes its candidates from the cache.
/// </summary>
public sealed class CallLogFiguresTests
{
    private const int Prompts = 4;

    [Fact]
    public async Task Every_figure_of_a_run_is_a_sum_over_its_call_log_and_the_log_matches_the_provider()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "2"));
        var firstId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = Prompts,
            TeacherModels = ["sim-concise#fault=429:2", "sim-stepwise", "sim-detailed#fault=500"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.FusionOfN],
        });
        await TestRuns.StartAsync(host.App, firstId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(host.App, firstId)).Status);

        var confirmation = await host.App.Services.GetRequiredService<ScalingLauncher>().ConfirmAsync(firstId, new ScalingRequest([1], 1), CancellationToken.None);
        Assert.True(confirmation.Queued, confirmation.Message);
        await WaitForScalingAsync(host, firstId);

        var secondId = await TestRuns.CopyAsync(host.App, firstId, run => run.Name = "again");
        await TestRuns.StartAsync(host.App, secondId);
        await TestRuns.WaitUntilFinishedAsync(host.App, secondId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var db = host.App.CreateDbContext();
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == firstId || c.RunId == secondId).ToListAsync();
        foreach (var runId in new[] { firstId, secondId })
        {
            await AssertFiguresAsync(host, runId, calls.Where(c => c.RunId == runId).ToList());
        }

        // What the provider received: every attempt of every call that was not a cache hit, per kind of request.
        int Attempts(params ModelCallPurpose[] purposes) => calls.Where(c => purposes.Contains(c.Purpose)).Sum(c => c.Attempts);
        Assert.Equal(host.Requests(FakeRequestKind.Chat), Attempts(ModelCallPurpose.Generate));
        Assert.Equal(
            host.Requests(FakeRequestKind.PointwiseJudge),
            Attempts(ModelCallPurpose.JudgeCandidate, ModelCallPurpose.JudgeFusedAnswer, ModelCallPurpose.ScalingJudge));
        Assert.Equal(host.Requests(FakeRequestKind.Fusion), Attempts(ModelCallPurpose.Fuse, ModelCallPurpose.ScalingFuse));
        Assert.Equal(host.Requests(FakeRequestKind.PairwiseJudge), Attempts(ModelCallPurpose.Compare));
        Assert.All(calls.Where(c => c.Usage.CacheHit), c => Assert.Equal(0, c.Attempts));

        // The rate-limited teacher's first calls were retried; the failing teacher's calls failed and are logged with why.
        Assert.Contains(calls, c => c.Attempts > 1 && c.Error is null);
        Assert.Contains(calls, c => c.Purpose == ModelCallPurpose.Generate && c.ErrorKind == FailureKind.ServerError);

        // The second run took every answer the first one got from the cache, and comparisons too.
        var firstAnswers = calls.Count(c => c.RunId == firstId && c.Purpose == ModelCallPurpose.Generate && c.Error is null);
        Assert.Equal(firstAnswers, calls.Count(c => c.RunId == secondId && c.Purpose == ModelCallPurpose.Generate && c.Usage.CacheHit));
        Assert.Contains(calls, c => c.RunId == secondId && c.Purpose == ModelCallPurpose.Compare && c.Usage.CacheHit);

        // Each stored result names the calls that made it, and only those.
        var candidateIds = await db.Candidates.Where(c => c.RunId == firstId).Select(c => c.Id).ToListAsync();
        Assert.Equal(candidateIds.Order(), calls.Where(c => c.RunId == firstId && c.Purpose == ModelCallPurpose.Generate).Select(c => c.CandidateId!.Value).Order());
        var scoreAttempts = await db.Scores.Where(s => s.RunId == firstId).SumAsync(s => s.Attempts);
        Assert.Equal(scoreAttempts, calls.Count(c => c.RunId == firstId && c.ScoreId != null));
    }

    private static async Task AssertFiguresAsync(PipelineHost host, int runId, List<ModelCall> calls)
    {
        var services = host.App.Services;
        List<ModelCall> Of(params ModelCallPurpose[] purposes) => calls.Where(c => purposes.Contains(c.Purpose)).ToList();
        var standingFailures = calls.Count(c => c.Error != null
            && (c.CandidateId != null || c.ScoreId != null || c.AggregateId != null || c.ComparisonId != null));

        // The run page's panel and the API's counters.
        var usage = RunUsage.From(await services.GetRequiredService<RunCallLog>().SummaryAsync(runId));
        Assert.Equal(calls.Count, usage.ModelCalls);
        Assert.Equal(calls.Count(c => c.Usage.CacheHit), usage.CachedCalls);
        Assert.Equal(calls.Sum(c => c.Usage.Cost), usage.Cost);
        Assert.Equal(calls.Sum(c => (long)c.Usage.InputTokens), usage.InputTokens);
        Assert.Equal(calls.Sum(c => (long)c.Usage.OutputTokens), usage.OutputTokens);
        Assert.Equal(Of(ModelCallPurpose.Generate).Count, usage.Candidates);
        Assert.Equal(standingFailures, usage.FailedCalls);

        var api = await services.GetRequiredService<RunQueries>().GetAsync(runId, CancellationToken.None);
        Assert.NotNull(api);
        Assert.Equal(
            (calls.Count, calls.Count(c => c.Usage.CacheHit), calls.Sum(c => c.Usage.Cost)),
            (api.Counters.ModelCalls, api.Counters.CacheHits, api.Counters.Cost));

        var listed = (await services.GetRequiredService<RunListQuery>().LoadAsync()).Single(r => r.Id == runId);
        Assert.Equal(calls.Sum(c => c.Usage.Cost), listed.Cost);

        // The report: each method's own calls on top of the shared generation; evaluation and scaling apart; all rows add up to the run.
        var report = await services.GetRequiredService<RunReportQuery>().LoadAsync(runId);
        Assert.NotNull(report);
        var generation = Of(ModelCallPurpose.Generate);
        var bestOfN = report.Costs.Single(c => c.Method == AggregationMethod.BestOfN);
        Assert.Equal(generation.Sum(c => c.Usage.Cost) + Of(ModelCallPurpose.JudgeCandidate).Sum(c => c.Usage.Cost), bestOfN.Cost);
        Assert.Equal(generation.Count + Of(ModelCallPurpose.JudgeCandidate).Count, bestOfN.Calls);
        var fusion = report.Costs.Single(c => c.Method == AggregationMethod.FusionOfN);
        Assert.Equal(generation.Sum(c => c.Usage.Cost) + Of(ModelCallPurpose.Fuse).Sum(c => c.Usage.Cost), fusion.Cost);
        Assert.Equal(generation.Sum(c => c.Usage.Cost), report.Costs.Single(c => c.Method == AggregationMethod.Mbr).Cost);
        var evaluation = Of(ModelCallPurpose.Compare, ModelCallPurpose.JudgeFusedAnswer);
        Assert.Equal((evaluation.Count, evaluation.Sum(c => c.Usage.Cost)), (report.Evaluation.Calls, report.Evaluation.Cost));
        var scaling = Of(ModelCallPurpose.ScalingFuse, ModelCallPurpose.ScalingJudge);
        Assert.Equal((scaling.Count, scaling.Sum(c => c.Usage.Cost)), (report.Scaling.Calls, report.Scaling.Cost));
        Assert.Equal(
            usage.Cost,
            fusion.Cost + Of(ModelCallPurpose.JudgeCandidate).Sum(c => c.Usage.Cost) + report.Evaluation.Cost + report.Scaling.Cost);

        // Errors by reason: every failed call that still stands, each counted once.
        var errors = await services.GetRequiredService<RunErrorGroupsQuery>().LoadAsync(runId, top: 100);
        Assert.Equal(standingFailures, errors.ErrorCount);
        Assert.True(errors.ErrorCount > 0);
    }

    private static Task WaitForScalingAsync(PipelineHost host, int runId) =>
        Eventually.TrueAsync(
            async () =>
            {
                await using var db = host.App.CreateDbContext();
                var points = await db.Aggregates.CountAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == 1);
                var scored = await db.Scores.CountAsync(s => s.RunId == runId && db.Aggregates.Any(a => a.Id == s.AggregateId && a.CandidateLimit == 1));
                return points == Prompts && scored == Prompts;
            },
            TimeSpan.FromMinutes(2));
}
