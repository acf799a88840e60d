using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed class RunPipelineTests
{
    [Fact]
    public async Task A_run_of_50_prompts_with_4_candidates_stores_every_row_exactly_once()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 50 });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(200, await db.Candidates.CountAsync(c => c.RunId == runId && c.Error == null));
        Assert.Equal(200, await db.Scores.Where(s => s.CandidateId != null).CountAsync(s => s.RunId == runId && s.Value != null));
        // Every fused answer is scored too, by the same judge and template version as the candidates.
        var fusedScores = await db.Scores.Where(s => s.AggregateId != null).Where(s => s.RunId == runId).ToListAsync();
        Assert.Equal(50, fusedScores.Count);
        Assert.All(fusedScores, s => Assert.NotNull(s.Value));
        Assert.All(fusedScores, s => Assert.Equal((run.JudgeTeacherId, run.PointwiseJudgeTemplateVersionId), ((int?)s.JudgeTeacherId, (int?)s.TemplateVersionId)));
        var fusedScoreCalls = await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.JudgeFusedAnswer).ToListAsync();
        Assert.Equal(fusedScores.Select(s => (long?)s.Id).Order(), fusedScoreCalls.Select(c => c.ScoreId).Order());
        Assert.All(fusedScoreCalls, c => Assert.True(c.Usage.InputTokens > 0));
        foreach (var method in run.Methods)
        {
            Assert.Equal(50, await db.Aggregates.CountAsync(a => a.RunId == runId && a.Method == method && a.Text != null));
        }

        var comparisons = await db.Comparisons.Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(50, comparisons.Count);
        Assert.All(comparisons, c => Assert.Equal(Comparison.Combine(c.VerdictAFirst!.Value, c.VerdictBFirst!.Value), c.Final));
        Assert.All(await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN).ToListAsync(),
            a => Assert.Equal(a.SourceCandidateIds.Order(), a.PresentedOrder.Order()));

        Assert.Equal(200, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(250, host.Requests(FakeRequestKind.PointwiseJudge));
        Assert.Equal(50, host.Requests(FakeRequestKind.Fusion));
        Assert.Equal(100, host.Requests(FakeRequestKind.PairwiseJudge));

        Assert.Equal(50, run.Counters.PromptsDone);
        var calls = await TestCallLog.SummaryAsync(host.App, runId);
        Assert.Equal(600, calls.Sent.Calls);
        Assert.True(calls.Cost > 0m);
        Assert.True(calls.All.InputTokens > 0);
    }

    [Fact]
    public async Task Rerunning_with_a_new_fusor_version_pays_only_for_fusion_and_comparison()
    {
        await using var host = await PipelineHost.StartAsync();
        var firstId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 12 });
        await TestRuns.StartAsync(host.App, firstId);
        await TestRuns.WaitUntilFinishedAsync(host.App, firstId);

        int newFusorVersion;
        await using (var db = host.App.CreateDbContext())
        {
            var fusor = await db.PromptTemplates.Include(t => t.Versions).SingleAsync(t => t.Kind == Domain.Prompts.PromptTemplateKind.Fusor);
            var latest = fusor.LatestVersion!;
            var version = fusor.AddVersion(latest.SystemText + "\nPrefer short paragraphs.", latest.UserText, "shorter", "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            newFusorVersion = version.Id;
        }

        host.Models.RequestLog.Clear();
        var secondId = await TestRuns.CopyAsync(host.App, firstId, run => run.FusorTemplateVersionId = newFusorVersion);
        await TestRuns.StartAsync(host.App, secondId);
        var second = await TestRuns.WaitUntilFinishedAsync(host.App, secondId);

        Assert.Equal(RunStatus.Completed, second.Status);
        Assert.Equal(0, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(0, host.Requests(FakeRequestKind.PointwiseJudge));
        Assert.Equal(12, host.Requests(FakeRequestKind.Fusion));
        Assert.InRange(host.Requests(FakeRequestKind.PairwiseJudge), 0, 24);

        await using var check = host.App.CreateDbContext();
        Assert.Equal(48, await check.ModelCalls.CountAsync(c => c.RunId == secondId && c.Purpose == ModelCallPurpose.Generate && c.Usage.CacheHit));
        Assert.Equal(12, await check.Aggregates.CountAsync(a => a.RunId == secondId && a.Method == AggregationMethod.FusionOfN && a.TemplateVersionId == newFusorVersion));
    }
}
