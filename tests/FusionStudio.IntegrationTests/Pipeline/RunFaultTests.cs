using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed class RunFaultTests
{
    [Theory]
    [InlineData("sim-concise#fault=429:2#retry-after=1", 429)]
    [InlineData("sim-concise#fault=500:2", 500)]
    public async Task Transient_faults_are_retried_and_the_run_completes(string faultyTeacher, int status)
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 6,
            TeacherModels = [faultyTeacher, "sim-stepwise"],
        });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(2, host.Models.RequestLog.Snapshot().Count(r => r.StatusCode == status));
        await using var db = host.App.CreateDbContext();
        Assert.Equal(12, await db.Candidates.CountAsync(c => c.RunId == runId && c.Error == null));
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_with_its_reason_and_the_rest_completes()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "1"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 5,
            TeacherModels = ["sim-concise#fault=500", "sim-stepwise", "sim-detailed"],
        });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.CompletedWithFailures, run.Status);
        await using var db = host.App.CreateDbContext();
        var failed = await db.Candidates.Where(c => c.RunId == runId && c.Error != null).ToListAsync();
        Assert.Equal(5, failed.Count);
        Assert.All(failed, c => Assert.Contains("500", c.Error, StringComparison.Ordinal));
        Assert.All(failed, c => Assert.Null(c.Text));
        Assert.Equal(10, await db.Candidates.CountAsync(c => c.RunId == runId && c.Error == null));

        // The other teachers' candidates still went through every step.
        Assert.Equal(5, await db.Aggregates.CountAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.Text != null));
        Assert.Equal(5, await db.Comparisons.CountAsync(c => c.RunId == runId && c.Final != null));
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).ToListAsync();
        Assert.All(prompts, p => Assert.Equal(PromptStage.Failed, p.Stage));
        Assert.All(prompts, p => Assert.Contains("Generation:", p.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_judge_answer_is_asked_again()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 1,
            TeacherModels = ["sim-concise"],
            JudgeModel = "judge#fault=judge-garbage:1",
            Methods = [AggregationMethod.BestOfN],
        });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        await using var db = host.App.CreateDbContext();
        var score = await db.Scores.Where(s => s.CandidateId != null).SingleAsync(s => s.RunId == runId);
        Assert.Equal(2, score.Attempts);
        Assert.NotNull(score.Value);
        Assert.Null(score.Error);
        Assert.Equal(RunStatus.Completed, run.Status);
    }

    [Fact]
    public async Task A_judge_that_never_answers_readably_is_recorded_as_a_failure_not_a_score()
    {
        await using var host = await PipelineHost.StartAsync(("Runs:JudgeMaxAttempts", "3"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 2,
            TeacherModels = ["sim-concise", "sim-detailed"],
            JudgeModel = "judge#fault=judge-garbage",
            Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr],
        });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.CompletedWithFailures, run.Status);
        await using var db = host.App.CreateDbContext();
        var scores = await db.Scores.Where(s => s.CandidateId != null).Where(s => s.RunId == runId).ToListAsync();
        Assert.Equal(4, scores.Count);
        Assert.All(scores, s => Assert.Null(s.Value));
        Assert.All(scores, s => Assert.Equal(3, s.Attempts));
        Assert.All(scores, s => Assert.StartsWith("Unreadable judge answer after 3 attempt(s)", s.Error, StringComparison.Ordinal));
        Assert.Equal(12, host.Requests(FakeRequestKind.PointwiseJudge));
        Assert.Equal(2, await db.Aggregates.CountAsync(a => a.RunId == runId && a.Method == AggregationMethod.Mbr && a.Text != null));
        Assert.Equal(2, await db.Aggregates.CountAsync(a => a.RunId == runId && a.Method == AggregationMethod.BestOfN && a.Text == null && a.Error != null));
    }
}
