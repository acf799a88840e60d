using System.Net.Http.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>
/// "Judge this traffic": a live run's served requests are scored, Best-of-N is taken on their stored candidates and
/// compared with the fused answers, once, by the run's own steps; and the live run can be reviewed blind.
/// </summary>
public sealed class JudgeLiveRunTests(ServingHost host) : IClassFixture<ServingHost>
{
    [Fact]
    public async Task Judging_a_live_run_scores_every_answer_once_and_adds_best_of_n_and_a_second_click_adds_nothing()
    {
        var (recipe, runId) = await ServeThreeAsync();
        var judgeId = await JudgeTeacherAsync(recipe);
        var before = host.Models.RequestLog.Snapshot().Count;

        var first = await JudgeAsync(runId, judgeId);

        Assert.True(first.Done, first.Message);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        await using (var db = host.App.CreateDbContext())
        {
            var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId && c.Error == null).Select(c => c.Id).ToListAsync();
            var fused = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN).Select(a => a.Id).ToListAsync();
            var scores = await db.Scores.AsNoTracking().Where(s => s.RunId == runId).ToListAsync();
            Assert.Equal(9, candidates.Count);
            Assert.Equal(3, fused.Count);
            Assert.Equal(candidates.Order(), scores.Where(s => s.CandidateId != null).Select(s => s.CandidateId!.Value).Order());
            Assert.Equal(fused.Order(), scores.Where(s => s.AggregateId != null).Select(s => s.AggregateId!.Value).Order());
            Assert.All(scores, s => Assert.NotNull(s.Value));
            var bestOfN = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Method == AggregationMethod.BestOfN).ToListAsync();
            Assert.Equal(3, bestOfN.Select(a => a.PromptId).Distinct().Count());
            Assert.Equal(3, bestOfN.Count);
            Assert.All(bestOfN, a => Assert.Contains(a.SelectedCandidateId!.Value, candidates));
            Assert.Equal(3, await db.Comparisons.CountAsync(c => c.RunId == runId));
            var table = await RunPages.PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, runId);
            Assert.Equal(6, await Reports.AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, runId));
            Assert.All(table, l => Assert.NotNull(l.Score));
            Assert.All(table, l => Assert.NotNull(l.Verdict));
        }

        // The judge only: no teacher or fusor was asked again.
        var judged = host.RequestsSince(before);
        Assert.All(judged, r => Assert.Contains(r.Kind, new[] { FakeRequestKind.PointwiseJudge, FakeRequestKind.PairwiseJudge }));
        Assert.Equal(12, judged.Count(r => r.Kind == FakeRequestKind.PointwiseJudge));
        var counts = await CountsAsync(runId);
        var requests = host.Models.RequestLog.Snapshot().Count;

        var second = await JudgeAsync(runId, judgeId);

        Assert.True(second.Done, second.Message);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        Assert.Equal(counts, await CountsAsync(runId));
        Assert.Equal(requests, host.Models.RequestLog.Snapshot().Count);
    }

    [Fact]
    public async Task A_judged_live_run_serves_its_pairs_for_blind_review()
    {
        var (recipe, runId) = await ServeThreeAsync();
        var judgeId = await JudgeTeacherAsync(recipe);
        Assert.True((await JudgeAsync(runId, judgeId)).Done);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        var queue = host.App.Services.GetRequiredService<ReviewQueue>();
        var run = await queue.LoadRunAsync(runId);

        Assert.NotNull(run);
        var pair = new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.BestOfN);
        var promptId = await queue.NextUnreviewedAsync(run, pair, host.UserIds[ServingHost.MemberEmail], null);
        Assert.NotNull(promptId);
        var item = await queue.LoadItemAsync(run, pair, promptId.Value, host.UserIds[ServingHost.MemberEmail]);
        Assert.NotNull(item);
        await using var db = host.App.CreateDbContext();
        var answers = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && a.PromptId == promptId && (a.Method == AggregationMethod.FusionOfN || a.Method == AggregationMethod.BestOfN))
            .Select(a => a.Text).ToListAsync();
        Assert.Equal(answers.Order(StringComparer.Ordinal), new[] { item.LeftText, item.RightText }.Order(StringComparer.Ordinal));
    }

    private async Task<(string Recipe, int RunId)> ServeThreeAsync()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise", "sim-detailed"]);
        var client = host.Client(await host.TokenAsync());
        foreach (var question in new[] { "Why is the sky blue?", "How do tides work?", "What makes bread rise?" })
        {
            (await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, question))).EnsureSuccessStatusCode();
        }

        await ServedTrafficReader.ServedAsync(host.App, recipe, 3);
        return (recipe, await ServedTrafficReader.LiveRunIdAsync(host.App, recipe));
    }

    /// <summary>A judge on the recipe's provider (the fake server answers a judge prompt with a score).</summary>
    private async Task<int> JudgeTeacherAsync(string recipe)
    {
        await using var db = host.App.CreateDbContext();
        var version = await db.RecipeVersions.AsNoTracking().SingleAsync(v => db.Recipes.Any(r => r.Id == v.RecipeId && r.Name == recipe));
        var providerId = await db.Teachers.Where(t => t.Id == version.FusorTeacherId).Select(t => t.ProviderId).SingleAsync();
        var judge = new Teacher { Name = $"judge-{recipe}", ProviderId = providerId, Model = "judge", MaxTokens = 256, CreatedAt = DateTimeOffset.UtcNow };
        db.Teachers.Add(judge);
        await db.SaveChangesAsync();
        return judge.Id;
    }

    private async Task<RunCommandResult> JudgeAsync(int runId, int judgeId)
    {
        await using var db = host.App.CreateDbContext();
        var template = await db.PromptTemplates.Where(t => t.IsBuiltIn && t.Kind == Domain.Prompts.PromptTemplateKind.PointwiseJudge).Select(t => t.Id).FirstAsync();
        await using var scope = host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiveRunJudging>().JudgeAsync(runId, judgeId, template, new LibraryEditor(ServingHost.MemberEmail));
    }

    private async Task<(int Scores, int Aggregates, int Comparisons, int Calls)> CountsAsync(int runId)
    {
        await using var db = host.App.CreateDbContext();
        return (
            await db.Scores.CountAsync(s => s.RunId == runId),
            await db.Aggregates.CountAsync(a => a.RunId == runId),
            await db.Comparisons.CountAsync(c => c.RunId == runId),
            await db.ModelCalls.CountAsync(c => c.RunId == runId));
    }
}
