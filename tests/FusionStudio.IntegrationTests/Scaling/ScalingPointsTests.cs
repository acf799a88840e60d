using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Reports;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Testing;
using FusionStudio.Web.Scaling;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Scaling;

public sealed class ScalingPointsTests
{
    private const int Prompts = 8;

    [Fact]
    public async Task Confirming_k_1_to_3_on_a_finished_run_fuses_and_scores_each_point_once()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await FinishedRunAsync(host);
        var before = await RunAsync(host, runId);
        host.Models.RequestLog.Clear();

        var estimate = await host.App.Services.GetRequiredService<ScalingEstimator>().EstimateAsync(runId, new ScalingRequest([1, 2, 3], 1));
        Assert.NotNull(estimate);
        Assert.Equal((Prompts * 3L, Prompts * 3L), (estimate.FusorCalls, estimate.JudgeCalls));
        Assert.True(estimate.Cost > 0m);
        Assert.Null(estimate.FitsBudget);

        var confirmation = await Launcher(host).ConfirmAsync(runId, new ScalingRequest([1, 2, 3], 1), CancellationToken.None);

        Assert.True(confirmation.Queued, confirmation.Message);
        await WaitForPointsAsync(host, runId, 3);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        Assert.Equal(0, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(Prompts * 3, host.Requests(FakeRequestKind.Fusion));
        Assert.Equal(0, host.Requests(FakeRequestKind.PairwiseJudge));

        // One judge call per point; a fused text equal to one already judged is answered from the cache.
        var calls = await TestCallLog.SummaryAsync(host.App, runId);
        Assert.Equal(Prompts * 3, calls.Of(ModelCallPurpose.ScalingJudge).Calls);
        Assert.Equal(calls.Of(ModelCallPurpose.ScalingJudge).Attempts, host.Requests(FakeRequestKind.PointwiseJudge));

        await using var db = host.App.CreateDbContext();
        var points = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit < 4)
            .ToListAsync();
        Assert.Equal(Prompts * 3, points.Count);
        Assert.All(points, a => Assert.Equal(a.CandidateLimit, a.SourceCandidateIds.Count));
        Assert.All(points, a => Assert.NotNull(a.Text));
        // Each point's answers store their scores for the curve, as the join of their score rows gives them.
        Assert.True(await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, runId) >= Prompts * 3);

        // The run itself is not touched, but what the points cost is counted in it.
        var after = await RunAsync(host, runId);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.FinishedAt, after.FinishedAt);
        Assert.Equal([1, 2, 3], after.ScalingCandidateLimits);
        Assert.Equal((Prompts * 3, Prompts * 3), (calls.Of(ModelCallPurpose.ScalingFuse).Calls, calls.Of(ModelCallPurpose.ScalingJudge).Calls));
        Assert.True(calls.Scaling.Cost > 0m);
        Assert.Equal(calls.Cost, calls.Of(ModelCallPurpose.Generate, ModelCallPurpose.JudgeCandidate, ModelCallPurpose.Fuse, ModelCallPurpose.JudgeFusedAnswer, ModelCallPurpose.Compare).Cost + calls.Scaling.Cost);
    }

    [Fact]
    public async Task Random_subsets_on_a_prompt_sample_fuse_k_candidates_each_and_the_point_averages_them()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await FinishedRunAsync(host);

        var estimate = await host.App.Services.GetRequiredService<ScalingEstimator>().EstimateAsync(runId, new ScalingRequest([2], 2, 4));
        Assert.Equal((4L * 2, 4L * 2), (estimate!.FusorCalls, estimate.JudgeCalls));

        var confirmation = await Launcher(host).ConfirmAsync(runId, new ScalingRequest([2], Subsets: 2, PromptLimit: 4), CancellationToken.None);
        Assert.True(confirmation.Queued, confirmation.Message);
        await Eventually.TrueAsync(
            async () => (await host.App.Services.GetRequiredService<ScalingCurveQuery>().LoadAsync(runId))!.Progress.All(p => p.IsDone),
            TimeSpan.FromMinutes(2));
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var db = host.App.CreateDbContext();
        var points = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == 2)
            .ToListAsync();
        Assert.Equal(4 * 2, points.Count);
        Assert.Equal(4, points.Select(a => a.PromptId).Distinct().Count());
        Assert.All(points.GroupBy(a => a.PromptId), g => Assert.Equal([0, 1], g.Select(a => a.Subset).Order()));
        Assert.All(points, a => Assert.Equal(2, a.SourceCandidateIds.Count));
        // Random subsets, not the first two candidates of every prompt.
        var firstTwo = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId)
            .GroupBy(c => c.PromptId)
            .Select(g => new { g.Key, Ids = g.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToList() })
            .ToDictionaryAsync(g => g.Key, g => g.Ids);
        Assert.Contains(points, a => !a.SourceCandidateIds.Order().SequenceEqual(firstTwo[a.PromptId]));

        var curve = await host.App.Services.GetRequiredService<ScalingCurveQuery>().LoadAsync(runId);
        var point = Assert.Single(curve!.Fusion, p => p.K == 2);
        Assert.Equal((4, 2, 4), (point.Prompts, curve.Subsets, curve.SampledPrompts));
        Assert.InRange(point.MeanScore!.Value, point.Lower!.Value, point.Upper!.Value);
        var calls = await TestCallLog.SummaryAsync(host.App, runId);
        Assert.Equal(4 * 2, calls.Of(ModelCallPurpose.ScalingFuse).Calls);
    }

    [Fact]
    public async Task Confirming_again_or_re_enqueuing_adds_nothing()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await FinishedRunAsync(host);
        await Launcher(host).ConfirmAsync(runId, new ScalingRequest([1, 2, 3], 1), CancellationToken.None);
        await WaitForPointsAsync(host, runId, 3);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        var rows = await RowCountsAsync(host, runId);
        host.Models.RequestLog.Clear();

        var again = await Launcher(host).ConfirmAsync(runId, new ScalingRequest([2, 3, 1], 1), CancellationToken.None);
        host.App.Services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<AdvanceScalingBatchJob>(job => job.RunAsync(runId, 0, 49, CancellationToken.None));
        await host.App.Services.GetRequiredService<AdvanceScalingBatchJob>().RunAsync(runId, 0, 49, CancellationToken.None);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        Assert.True(again.Queued, again.Message);
        Assert.Empty(host.Models.RequestLog.Snapshot());
        Assert.Equal(rows, await RowCountsAsync(host, runId));
        Assert.Equal([1, 2, 3], (await RunAsync(host, runId)).ScalingCandidateLimits);
    }

    [Fact]
    public async Task A_point_for_k_of_n_or_more_and_a_run_without_a_fusor_are_refused()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 1, Methods = [AggregationMethod.BestOfN] });
        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        var noFusor = await Launcher(host).ConfirmAsync(runId, new ScalingRequest([1], 1), CancellationToken.None);
        Assert.False(noFusor.Queued);
        Assert.Contains("no Fusion-of-N fusor", noFusor.Message, StringComparison.Ordinal);

        var fusing = await FinishedRunAsync(host);
        var tooLarge = await Launcher(host).ConfirmAsync(fusing, new ScalingRequest([2, 4], 1), CancellationToken.None);
        Assert.False(tooLarge.Queued);
        Assert.Equal("k must be from 1 to 3; 4 is not.", tooLarge.Message);
        Assert.Empty((await RunAsync(host, fusing)).ScalingCandidateLimits);
    }

    [Fact]
    public async Task A_failed_point_is_recorded_with_its_reason_and_confirming_again_retries_it()
    {
        await using var host = await PipelineHost.StartAsync(("Runs:JudgeMaxAttempts", "2"));
        var runId = await FinishedRunAsync(host);
        await using (var db = host.App.CreateDbContext())
        {
            // From now on the judge answers nothing readable.
            var judgeId = (await db.Runs.SingleAsync(r => r.Id == runId)).JudgeTeacherId;
            await db.Teachers.Where(t => t.Id == judgeId).ExecuteUpdateAsync(set => set.SetProperty(t => t.Model, "judge#fault=judge-garbage"));
        }

        await Launcher(host).ConfirmAsync(runId, new ScalingRequest([2], 1), CancellationToken.None);
        await WaitForSettledAsync(host, runId, 2);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using (var db = host.App.CreateDbContext())
        {
            var failed = await FusedScores(db, runId, 2).ToListAsync();
            Assert.Equal(Prompts, failed.Count);
            Assert.All(failed, s => Assert.Null(s.Value));
            Assert.All(failed, s => Assert.Equal(2, s.Attempts));
            Assert.All(failed, s => Assert.StartsWith("Unreadable judge answer after 2 attempt(s)", s.Error, StringComparison.Ordinal));
            var judgeId = (await db.Runs.SingleAsync(r => r.Id == runId)).JudgeTeacherId;
            await db.Teachers.Where(t => t.Id == judgeId).ExecuteUpdateAsync(set => set.SetProperty(t => t.Model, "judge"));
        }

        host.Models.RequestLog.Clear();
        await Launcher(host).ConfirmAsync(runId, new ScalingRequest([2], 1), CancellationToken.None);
        await WaitForPointsAsync(host, runId, 1);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        // The fused answers stood; only their scores were asked again.
        Assert.Equal(0, host.Requests(FakeRequestKind.Fusion));
        Assert.Equal(Prompts, host.Requests(FakeRequestKind.PointwiseJudge));
    }

    private static ScalingLauncher Launcher(PipelineHost host) => host.App.Services.GetRequiredService<ScalingLauncher>();

    private static async Task<int> FinishedRunAsync(PipelineHost host)
    {
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = Prompts });
        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        return runId;
    }

    private static async Task<Run> RunAsync(PipelineHost host, int runId)
    {
        await using var db = host.App.CreateDbContext();
        return await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    private static IQueryable<Score> FusedScores(FusionDbContext db, int runId, int k) =>
        db.Scores.Where(s => s.AggregateId != null).Where(s => s.RunId == runId && db.Aggregates.Any(a => a.Id == s.AggregateId && a.CandidateLimit == k));

    private static Task WaitForPointsAsync(PipelineHost host, int runId, int points) =>
        Eventually.TrueAsync(
            async () =>
            {
                await using var db = host.App.CreateDbContext();
                return await db.Scores.Where(s => s.AggregateId != null).CountAsync(s => s.RunId == runId && s.Value != null
                    && db.Aggregates.Any(a => a.Id == s.AggregateId && a.CandidateLimit < 4)) == Prompts * points;
            },
            TimeSpan.FromMinutes(2));

    private static Task WaitForSettledAsync(PipelineHost host, int runId, int k) =>
        Eventually.TrueAsync(
            async () =>
            {
                await using var db = host.App.CreateDbContext();
                return await db.Scores.Where(s => s.AggregateId != null).CountAsync(s => s.RunId == runId && db.Aggregates.Any(a => a.Id == s.AggregateId && a.CandidateLimit == k)) == Prompts;
            },
            TimeSpan.FromMinutes(2));


    private static async Task<(int Aggregates, int Scores)> RowCountsAsync(PipelineHost host, int runId)
    {
        await using var db = host.App.CreateDbContext();
        return (await db.Aggregates.CountAsync(a => a.RunId == runId), await db.Scores.Where(s => s.AggregateId != null).CountAsync(s => s.RunId == runId));
    }
}
