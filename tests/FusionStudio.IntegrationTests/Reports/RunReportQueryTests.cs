using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reports;

/// <summary>
/// A real run on PostgreSQL against the fake model server, plus blind reviews written as the review page writes
/// them; the report's figures are checked against counts read straight from the rows.
/// </summary>
public sealed class RunReportQueryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FakeOpenAiServer _models = null!;
    private FusionApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _models = await FakeOpenAiServer.StartAsync();
        _app = FusionApp.OnPostgres(_database).With("Runs:StatusCheckInterval", "00:00:00.100");
        _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _models.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Report_figures_match_the_stored_rows()
    {
        var runId = await TestRuns.CreateAsync(_app, _models.BaseUrl, new TestRunShape { Prompts = 12 });
        await TestRuns.StartAsync(_app, runId);
        await TestRuns.WaitUntilFinishedAsync(_app, runId, TimeSpan.FromMinutes(3));
        var reviewed = await AddReviewsAsync(runId);

        var report = await _app.Services.GetRequiredService<RunReportQuery>().LoadAsync(runId);

        Assert.NotNull(report);
        await using var db = _app.CreateDbContext();
        var comparisons = await db.Comparisons.Where(c => c.RunId == runId && c.Final != null).ToListAsync();
        var pair = Assert.Single(report.Pairs);
        Assert.Equal(MethodPair.FusionVersusBestOfN, pair.Pair);
        Assert.Equal(comparisons.Count(c => c.Final == PairVerdict.A), pair.Judge.Counts.Wins);
        Assert.Equal(comparisons.Count(c => c.Final == PairVerdict.Tie), pair.Judge.Counts.Ties);
        Assert.Equal(comparisons.Count(c => c.Final == PairVerdict.B), pair.Judge.Counts.Losses);
        Assert.Equal(12, pair.Judge.Prompts);
        Assert.True(pair.Judge.Interval!.Contains(pair.Judge.Rate));
        Assert.Equal(comparisons.Count(c => c.VerdictAFirst != c.VerdictBFirst), pair.PositionBias.Flipped);

        var languages = await db.DatasetPrompts.Where(p => comparisons.Select(c => c.PromptId).Contains(p.Id))
            .GroupBy(p => p.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(languages.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Count)),
            pair.ByLanguage.Select(g => (g.Key, g.Estimate.Prompts)));
        var tasks = await db.DatasetPrompts.Where(p => comparisons.Select(c => c.PromptId).Contains(p.Id))
            .GroupBy(p => p.Task).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(2, tasks.Count);
        Assert.Equal(tasks.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Count)),
            pair.ByTask.Select(g => (g.Key, g.Estimate.Prompts)));

        // Reviews: one A, one B, one both bad; agreement counts reviews whose verdict matches the judge's, over the
        // reviews that state a preference or a tie ("both bad" stays out of it).
        Assert.Equal(3, pair.Human.Reviews);
        Assert.Equal(1, pair.Human.Reviewers);
        Assert.Equal(0.5, pair.Human.WinRate.Rate, 12);
        var judgeByPrompt = comparisons.ToDictionary(c => c.PromptId, c => c.Final!.Value);
        var agreeing = reviewed.Count(r => (r.Verdict, judgeByPrompt[r.PromptId]) is (HumanVerdict.A, PairVerdict.A) or (HumanVerdict.B, PairVerdict.B)
            or (HumanVerdict.Tie, PairVerdict.Tie));
        Assert.Equal(agreeing, pair.Human.Agreement.Agreeing);
        Assert.Equal(2, pair.Human.Agreement.Items);
        Assert.Equal(1, pair.Human.Table.BothBad);

        var fused = await db.Scores.Where(s => s.AggregateId != null).Where(s => s.RunId == runId && s.Value != null).Select(s => s.Value!.Value).ToListAsync();
        var fusion = report.Scores.Single(s => s.Method == AggregationMethod.FusionOfN).Distribution;
        Assert.Equal(fused.Count, fusion.Count);
        if (fused.Count > 0)
        {
            Assert.Equal(fused.Average(), fusion.Mean!.Value, 9);
        }

        var bestOfN = report.Scores.Single(s => s.Method == AggregationMethod.BestOfN).Distribution;
        Assert.Equal(12, bestOfN.Count);

        var generation = await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Generate).ToListAsync();
        var fusionCost = report.Costs.Single(c => c.Method == AggregationMethod.FusionOfN);
        var fusorCost = await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Fuse).SumAsync(c => c.Usage.Cost);
        Assert.Equal(generation.Sum(c => c.Usage.Cost) + fusorCost, fusionCost.Cost);
        Assert.Equal(generation.Count + 12, fusionCost.Calls);

        // Latency per prompt: each step lasts as long as its slowest call on that prompt, averaged over prompts,
        // and the steps add up: generation, then the fusor.
        var fusor = await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Fuse).ToListAsync();
        double SlowestPerPrompt(List<ModelCall> calls) => calls.GroupBy(c => c.PromptId).Average(g => (double)g.Max(c => c.Usage.LatencyMs));
        Assert.Equal(SlowestPerPrompt(generation) + SlowestPerPrompt(fusor), fusionCost.LatencyPerPromptMs!.Value, 6);
    }

    private async Task<List<HumanReview>> AddReviewsAsync(int runId)
    {
        await _app.CreateUserAsync("reviewer@example.test", "Password-123456", AppRoles.Member);
        await using var db = _app.CreateDbContext();
        var reviewer = await db.Users.SingleAsync(u => u.Email == "reviewer@example.test");
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).Take(3).ToListAsync();
        HumanVerdict[] verdicts = [HumanVerdict.A, HumanVerdict.B, HumanVerdict.BothBad];
        var reviews = prompts.Select((prompt, i) => new HumanReview
        {
            RunId = runId,
            PromptId = prompt,
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            ReviewerId = reviewer.Id,
            Verdict = verdicts[i],
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.HumanReviews.AddRange(reviews);
        await db.SaveChangesAsync();
        return reviews;
    }
}
