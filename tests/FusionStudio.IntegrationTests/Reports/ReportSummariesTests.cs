using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;
using FusionStudio.Engine.Scaling;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Runs;
using FusionStudio.Data.Migrations;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Scaling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reports;

/// <summary>
/// What the report reads from stored summaries (each prompt's Best-of-k, comparisons counted in SQL) is pinned to what
/// the direct reads of every candidate and comparison computed, over a real run with a failed teacher, then "retry failed".
/// </summary>
public sealed class ReportSummariesTests
{
    private const int Prompts = 6;
    private const string FailingTeacher = "sim-concise#fault=500";

    [Fact]
    public async Task Stored_best_of_k_and_counted_comparisons_equal_the_direct_computation_through_a_failure_and_retry_failed()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "1"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = Prompts,
            TeacherModels = [FailingTeacher, "sim-stepwise", "sim-detailed"],
        });
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);
        await AddReviewsAsync(host, runId);

        await AssertSameAsDirectAsync(host, runId, scoredPerPrompt: 2);

        await using (var db = host.App.CreateDbContext())
        {
            await db.Teachers.Where(t => t.Model == FailingTeacher).ExecuteUpdateAsync(set => set.SetProperty(t => t.Model, "sim-concise"));
        }

        Assert.Equal(Prompts, await host.App.Services.GetRequiredService<RunControl>().RetryFailedAsync(runId, CancellationToken.None));
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await AssertSameAsDirectAsync(host, runId, scoredPerPrompt: 3);
    }

    [Fact]
    public async Task The_migration_backfill_stores_the_same_best_of_k_as_the_scoring_step()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = Prompts, SamplesPerTeacher = 2 });
        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        await using var db = host.App.CreateDbContext();
        var stored = await StoredAsync(db, runId);
        Assert.All(stored.Values, values => Assert.Equal(8, values!.Length));

        await db.RunPrompts.Where(p => p.RunId == runId).ExecuteUpdateAsync(set => set.SetProperty(p => p.BestOfK, (double[]?)null));
        await db.Database.ExecuteSqlRawAsync(BestOfKBackfill.PostgreSql);

        var backfilled = await StoredAsync(db, runId);
        Assert.Equal(stored.Keys, backfilled.Keys);
        foreach (var (promptId, values) in stored)
        {
            Assert.Equal(values!, backfilled[promptId]!, (a, b) => Math.Abs(a - b) < 1e-9);
        }
    }

    private static async Task AssertSameAsDirectAsync(PipelineHost host, int runId, int scoredPerPrompt)
    {
        await using var db = host.App.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
        var candidatesPerPrompt = run.Teachers.Sum(t => t.SampleCount);
        var direct = await CandidatesByPromptAsync(db, run);
        Assert.All(direct.Values, scores => Assert.Equal(scoredPerPrompt, scores.Count(s => s.Score is not null)));

        // Each prompt's stored values are what the one rule gives over its candidates read directly.
        var stored = await StoredAsync(db, runId);
        Assert.Equal(Prompts, stored.Count);
        foreach (var (promptId, values) in stored)
        {
            Assert.Equal(BestOfKCurve.PerPrompt(direct[promptId].Select(c => c.Score), candidatesPerPrompt), values);
        }

        // The curve from the stored rows is the curve over every candidate, bootstrap intervals included.
        var options = host.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BootstrapOptions>>().Value;
        var curve = await host.App.Services.GetRequiredService<ScalingCurveQuery>().LoadAsync(runId);
        Assert.Equal(BestOfKCurve.Compute(direct.OrderBy(p => p.Key).Select(p => p.Value), candidatesPerPrompt, run.Seed, options), curve!.BestOfN);
        Assert.All(curve.BestOfN, p => Assert.Equal(MeanIntervalKind.PercentileBootstrap, p.Interval));
        Assert.Equal("95% percentile bootstrap interval", curve.IntervalNote);

        // The report's pair figures from counted comparisons are those of one row per comparison.
        var rows = await db.Comparisons.AsNoTracking()
            .Where(c => c.RunId == runId && (c.Final != null || c.VerdictAFirst != null || c.VerdictBFirst != null))
            .Join(db.DatasetPrompts, c => c.PromptId, d => d.Id, (c, d) => new ComparisonRow(
                c.PromptId, c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, d.Language, d.Task))
            .ToListAsync();
        var reviews = await db.HumanReviews.AsNoTracking().Where(r => r.RunId == runId)
            .Select(r => new ReviewRow(r.PromptId, r.MethodA, r.MethodB, r.ReviewerId, r.Verdict))
            .ToListAsync();
        var report = await host.App.Services.GetRequiredService<RunReportQuery>().LoadAsync(runId);
        var pair = Assert.Single(report!.Pairs);
        Assert.Equal(Prompts, pair.Judge.Prompts);
        Assert.Equal(3, pair.Human.Reviews);
        RowLevelPairAnalysis.AssertSame(RowLevelPairAnalysis.Analyze(pair.Pair, rows, reviews, options.Level), pair);
    }

    private static Task<Dictionary<long, double[]?>> StoredAsync(FusionDbContext db, int runId) =>
        db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).ToDictionaryAsync(p => p.PromptId, p => p.BestOfK);

    // How the scaling curve read BoN@k before it was stored: every successful candidate with its score, if any.
    private static async Task<Dictionary<long, IReadOnlyList<CandidateView>>> CandidatesByPromptAsync(FusionDbContext db, Run run)
    {
        var scores = db.Scores.Where(s => s.RunId == run.Id && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId);
        var rows = await (
                from c in db.Candidates.AsNoTracking()
                where c.RunId == run.Id && c.Error == null && c.Text != null
                join s in scores on c.Id equals s.CandidateId into scored
                from s in scored.DefaultIfEmpty()
                select new { c.Id, c.PromptId, c.SampleIndex, c.Text, Score = s == null ? null : s.Value })
            .ToListAsync();
        return rows.GroupBy(r => r.PromptId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<CandidateView>)g.Select(r => new CandidateView(r.Id, 0, r.SampleIndex, r.Text!, r.Score)).ToList());
    }

    private static async Task AddReviewsAsync(PipelineHost host, int runId)
    {
        await host.App.CreateUserAsync("reviewer@example.test", "Password-123456", AppRoles.Member);
        await using var db = host.App.CreateDbContext();
        var reviewer = await db.Users.SingleAsync(u => u.Email == "reviewer@example.test");
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).Take(3).ToListAsync();
        HumanVerdict[] verdicts = [HumanVerdict.A, HumanVerdict.Tie, HumanVerdict.BothBad];
        db.HumanReviews.AddRange(prompts.Select((prompt, i) => new HumanReview
        {
            RunId = runId,
            PromptId = prompt,
            MethodA = AggregationMethod.BestOfN,
            MethodB = AggregationMethod.FusionOfN,
            ReviewerId = reviewer.Id,
            Verdict = verdicts[i],
            CreatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
    }
}
