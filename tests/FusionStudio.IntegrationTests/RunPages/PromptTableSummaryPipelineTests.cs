using FusionStudio.Data.Runs;
using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Reports;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// The prompt table's stored score and verdict (and each answer's stored score), written by the pipeline itself over the fake models: through failures,
/// "retry failed" and a rerun served from the cache they equal what the join of the run's answers gives, and the
/// table sorted or filtered by them shows the pages that the join's values, sorted in memory, give.
/// </summary>
public sealed class PromptTableSummaryPipelineTests
{
    private static readonly MethodPair FusionVersusMbr = new(AggregationMethod.FusionOfN, AggregationMethod.Mbr);

    [Fact]
    public async Task Stored_scores_and_verdicts_follow_failures_retries_and_cache_hits()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "0"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 8,
            TeacherModels = ["sim-concise#fault=500:2", "sim-stepwise", "sim-detailed"],
            JudgeModel = "judge#fault=500:2",
            Pairs = [MethodPair.FusionVersusBestOfN, FusionVersusMbr],
        });

        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);
        await using (var db = host.App.CreateDbContext())
        {
            var lines = await PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, runId);
            Assert.True(await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, runId) > 0);
            Assert.Contains(lines, l => l.Score is not null);
            Assert.Contains(lines, l => l.Verdict is not null);
            Assert.True(await db.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage == PromptStage.Failed) > 0);
        }

        Assert.True(await host.App.Services.GetRequiredService<RunControl>().RetryFailedAsync(runId, CancellationToken.None) > 0);
        await using (var db = host.App.CreateDbContext())
        {
            // Reset prompts lost their fused answers and comparisons: nothing stale is shown while they are redone.
            await PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, runId);
            await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, runId);
        }

        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);
        await using (var db = host.App.CreateDbContext())
        {
            var lines = await PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, runId);
            Assert.All(lines, l => Assert.NotNull(l.Score));
            Assert.All(lines, l => Assert.NotNull(l.Verdict));
            await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, runId);
        }

        // The same prompts again, with the pairs the other way round: generation comes from the cache.
        var againId = await TestRuns.CopyAsync(host.App, runId, run => run.ComparisonPairs = [FusionVersusMbr, MethodPair.FusionVersusBestOfN]);
        await TestRuns.StartAsync(host.App, againId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, againId)).Status);
        await using (var db = host.App.CreateDbContext())
        {
            Assert.True(await db.ModelCalls.CountAsync(c => c.RunId == againId && c.Purpose == ModelCallPurpose.Generate && c.Usage.CacheHit) > 0);
            await PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, againId);
            await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, againId);
            await AssertPagesFollowTheJoinAsync(host, againId, pair: null);
            // The pair not stored is joined: the table must show the same as for a stored one.
            await AssertPagesFollowTheJoinAsync(host, againId, MethodPair.FusionVersusBestOfN);
        }

        // The judge taken off the run: the scores it gave no longer stand for its answers.
        await using (var db = host.App.CreateDbContext())
        {
            Assert.True(await db.Aggregates.AnyAsync(a => a.RunId == againId && a.Score != null));
            await db.Runs.Where(r => r.Id == againId).ExecuteUpdateAsync(set => set.SetProperty(r => r.JudgeTeacherId, (int?)null));
            await PromptTableSummaryWriter.RefreshRunAsync(db, againId, CancellationToken.None);
            Assert.Equal(0, await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(db, againId));
            Assert.False(await db.Aggregates.AnyAsync(a => a.RunId == againId && a.Score != null));
        }
    }

    private static async Task AssertPagesFollowTheJoinAsync(PipelineHost host, int runId, MethodPair? pair)
    {
        await using var db = host.App.CreateDbContext();
        var lines = await PromptTableSummaryCheck.JoinedAsync(db, runId, pair);
        var query = host.App.Services.GetRequiredService<RunPromptPageQuery>();
        var all = RunPromptFilter.All with { Pair = pair };

        async Task Check(RunPromptFilter filter, RunPromptSort sort, IEnumerable<PromptTableLine> expected)
        {
            var page = await query.LoadAsync(runId, filter, sort, 1, 5);
            var wanted = expected.ToList();
            Assert.Equal(wanted.Count, page.Total);
            Assert.Equal(wanted.Skip(1).Take(5).Select(l => l.Ordinal), page.Rows.Select(r => r.Ordinal));
            Assert.Equal(wanted.Skip(1).Take(5).Select(l => l.Score), page.Rows.Select(r => r.Score));
        }

        await Check(all, new RunPromptSort(RunPromptSortColumn.Score, Descending: true),
            lines.OrderBy(l => l.Score is null).ThenByDescending(l => l.Score).ThenBy(l => l.Ordinal));
        await Check(all, new RunPromptSort(RunPromptSortColumn.Score),
            lines.OrderBy(l => l.Score is null).ThenBy(l => l.Score).ThenBy(l => l.Ordinal));
        await Check(all, new RunPromptSort(RunPromptSortColumn.Verdict),
            lines.OrderBy(l => Rank(l.Verdict)).ThenBy(l => l.Ordinal));
        await Check(all, new RunPromptSort(RunPromptSortColumn.Verdict, Descending: true),
            lines.OrderByDescending(l => Rank(l.Verdict)).ThenBy(l => l.Ordinal));
        var median = lines.Where(l => l.Score is not null).Select(l => l.Score!.Value).Order().ElementAt(lines.Count(l => l.Score is not null) / 2);
        await Check(all with { MinScore = median }, RunPromptSort.Default, lines.Where(l => l.Score >= median));
        await Check(all with { MaxScore = median }, new RunPromptSort(RunPromptSortColumn.Score), lines.Where(l => l.Score <= median)
            .OrderBy(l => l.Score).ThenBy(l => l.Ordinal));
        foreach (var (verdict, final) in new[] { (RunPromptVerdict.Win, PairVerdict.A), (RunPromptVerdict.Tie, PairVerdict.Tie), (RunPromptVerdict.Loss, PairVerdict.B) })
        {
            await Check(all with { Verdict = verdict }, RunPromptSort.Default, lines.Where(l => l.Verdict == final));
        }
    }

    // The table's verdict order: wins, ties, losses, then prompts without a verdict.
    private static int Rank(PairVerdict? verdict) => verdict switch
    {
        PairVerdict.A => 0,
        PairVerdict.Tie => 1,
        PairVerdict.B => 2,
        _ => 3,
    };
}
