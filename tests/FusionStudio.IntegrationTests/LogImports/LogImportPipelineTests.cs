using System.Security.Claims;
using System.Text;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.LogImports;

public sealed class LogImportPipelineTests
{
    private static readonly ClaimsPrincipal _member =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "member@example.test"), new Claim(ClaimTypes.Role, AppRoles.Member)], "test"));

    [Fact]
    public async Task A_log_of_5_models_and_100_queries_runs_best_of_n_and_fusion_without_generating()
    {
        await using var host = await PipelineHost.StartAsync();
        var plan = await PlanAsync(host);

        var imported = await ImportAsync(host, ModelLogs.Jsonl(models: 5, queries: 100), "fleet.jsonl", plan);

        Assert.True(imported.Succeeded, string.Join(" ", imported.FileErrors) + string.Join(" ", imported.PlanErrors.Values));
        var runId = imported.RunId!.Value;
        await using (var db = host.App.CreateDbContext())
        {
            var run = await db.Runs.Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
            Assert.Equal(RunSource.ImportedLog, run.Source);
            Assert.Equal(100, await db.DatasetPrompts.CountAsync(p => p.DatasetId == run.DatasetId));
            Assert.Equal(5, run.Teachers.Count);
            Assert.All(run.Teachers, t => Assert.Equal(1, t.SampleCount));
            Assert.Equal(5, await db.Teachers.CountAsync(t => t.Provider!.Kind == ProviderKind.ImportedLog));
            var candidates = db.Candidates.Where(c => c.RunId == runId);
            Assert.Equal(500, await candidates.CountAsync());

            // Each logged answer is one imported call in the call log, linked to its candidate.
            var logged = db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Imported && c.CandidateId != null);
            Assert.Equal(500, await logged.CountAsync());
            Assert.Equal(100 * ModelLogs.Cost(0) + 100 * ModelLogs.Cost(1) + 100 * ModelLogs.Cost(2) + 100 * ModelLogs.Cost(3) + 100 * ModelLogs.Cost(4), await logged.SumAsync(c => c.Usage.Cost));
            Assert.Equal(5 * Enumerable.Range(0, 100).Sum(q => 20 + q), await logged.SumAsync(c => c.Usage.InputTokens));
            Assert.Equal(100 * (100 + 101 + 102 + 103 + 104), await logged.SumAsync(c => c.Usage.OutputTokens));
            Assert.Equal(100 * (250 + 260 + 270 + 280 + 290), await logged.SumAsync(c => c.Usage.LatencyMs));
            Assert.Equal(500, await candidates.CountAsync(c => c.ImportedScore != null));
        }

        await host.App.Services.GetRequiredService<RunCommands>().ExecuteAsync(runId, RunCommand.Start, _member);
        var finished = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, finished.Status);
        await using var check = host.App.CreateDbContext();
        Assert.Equal(500, await check.Candidates.CountAsync(c => c.RunId == runId));
        Assert.Equal(500, await check.Scores.Where(s => s.CandidateId != null).CountAsync(s => s.RunId == runId && s.Value != null));
        foreach (var method in new[] { AggregationMethod.BestOfN, AggregationMethod.FusionOfN })
        {
            var prompts = await check.Aggregates.Where(a => a.RunId == runId && a.Method == method && a.Text != null).Select(a => a.PromptId).Distinct().CountAsync();
            Assert.Equal(100, prompts);
        }

        Assert.Equal(100, await check.Comparisons.CountAsync(c => c.RunId == runId && c.Final != null));
        Assert.Equal(100, await check.RunPrompts.CountAsync(p => p.RunId == runId && p.Stage == PromptStage.Done));

        // The fused answers are scored by the pointwise judge too; a fused text that equals a candidate's is judged
        // from the cache. The provider saw exactly the attempts the call log records.
        var judged = await check.ModelCalls
            .Where(c => c.RunId == runId && (c.Purpose == ModelCallPurpose.JudgeCandidate || c.Purpose == ModelCallPurpose.JudgeFusedAnswer))
            .SumAsync(c => c.Attempts);
        Assert.Equal(100, await check.Scores.CountAsync(s => s.RunId == runId && s.AggregateId != null && s.Value != null));
        Assert.Equal(0, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(judged, host.Requests(FakeRequestKind.PointwiseJudge));
        Assert.True(judged >= 500);
        Assert.Equal(100, host.Requests(FakeRequestKind.Fusion));
        // Each comparison asks in both orders. Where Best-of-N and FusioN gave the same text, the two requests are one
        // request, asked once and shared; the call log still has both calls.
        Assert.Equal(200, await check.ModelCalls.CountAsync(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Compare));
        var answers = await check.Aggregates.Where(a => a.RunId == runId && (a.Method == AggregationMethod.BestOfN || a.Method == AggregationMethod.FusionOfN))
            .Select(a => new { a.PromptId, a.Method, a.Text })
            .ToListAsync();
        var sameText = answers.GroupBy(a => a.PromptId).Count(g => g.Select(a => a.Text).Distinct().Count() == 1);
        Assert.Equal(200 - sameText, host.Requests(FakeRequestKind.PairwiseJudge));
    }

    [Fact]
    public async Task A_malformed_log_imports_nothing()
    {
        await using var host = await PipelineHost.StartAsync();
        var plan = await PlanAsync(host);
        var lines = ModelLogs.Jsonl(models: 3, queries: 10).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[17] = lines[17].Replace("\"input_tokens\":", "\"input_tokens\":\"many\",\"x\":", StringComparison.Ordinal);

        var imported = await ImportAsync(host, string.Join('\n', lines), "broken.jsonl", plan);

        Assert.False(imported.Succeeded);
        var error = Assert.Single(imported.FileErrors);
        Assert.Equal((18, "input_tokens"), (error.Line, error.Field));
        await using var db = host.App.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
        Assert.Equal(0, await db.Candidates.CountAsync());
        Assert.Equal(0, await db.Teachers.CountAsync(t => t.Provider!.Kind == ProviderKind.ImportedLog));
        Assert.False(await db.Datasets.AnyAsync(d => d.Name.Contains("broken")));
        Assert.Empty(host.Models.RequestLog.Snapshot());
    }

    [Fact]
    public async Task The_gateway_refuses_to_call_an_imported_log_teacher()
    {
        await using var host = await PipelineHost.StartAsync();
        var plan = await PlanAsync(host);
        var imported = await ImportAsync(host, ModelLogs.Jsonl(models: 2, queries: 3), "small.jsonl", plan);

        // A run that would generate from the imported models, made behind the form's back.
        var copyId = await TestRuns.CopyAsync(host.App, imported.RunId!.Value, run =>
        {
            run.Source = RunSource.Generated;
            run.Methods = [AggregationMethod.Random];
            run.ComparisonPairs = [];
        });
        await TestRuns.StartAsync(host.App, copyId);
        var finished = await TestRuns.WaitUntilFinishedAsync(host.App, copyId);

        Assert.Equal(RunStatus.CompletedWithFailures, finished.Status);
        await using var check = host.App.CreateDbContext();
        var candidates = await check.Candidates.Where(c => c.RunId == copyId).ToListAsync();
        Assert.Equal(6, candidates.Count);
        Assert.All(candidates, c => Assert.Contains("imported logs and cannot be called", c.Error, StringComparison.Ordinal));
        Assert.Equal(0, host.Requests(FakeRequestKind.Chat));
    }

    internal static async Task<LogImportResult> ImportAsync(PipelineHost host, string log, string fileName, RunPlan plan)
    {
        var importer = host.App.Services.GetRequiredService<LogImporter>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(log));
        return await importer.ImportAsync(file, fileName, plan, _member);
    }

    /// <summary>A judge and a fusor on the fake model server and the built-in prompts: Best-of-N and FusioN, compared.</summary>
    internal static async Task<RunPlan> PlanAsync(PipelineHost host)
    {
        await using var db = host.App.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "fake", BaseUrl = host.Models.BaseUrl, MaxConcurrency = 32, TimeoutSeconds = 30, InputPricePerMillionTokens = 1m, OutputPricePerMillionTokens = 2m, CreatedAt = now };
        var judge = new Teacher { Name = "judge", Provider = provider, Model = "judge", Temperature = 0, CreatedAt = now };
        var fusor = new Teacher { Name = "fusor", Provider = provider, Model = "fusor", CreatedAt = now };
        db.AddRange(judge, fusor);
        await db.SaveChangesAsync();
        var templates = await db.PromptTemplates.Where(t => t.IsBuiltIn).ToDictionaryAsync(t => t.Kind, t => t.Id);
        return new RunPlan
        {
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            Pairs = [MethodPair.FusionVersusBestOfN],
            JudgeTeacherId = judge.Id,
            FusorTeacherId = fusor.Id,
            PointwiseTemplateId = templates[PromptTemplateKind.PointwiseJudge],
            PairwiseTemplateId = templates[PromptTemplateKind.PairwiseJudge],
            FusorTemplateId = templates[PromptTemplateKind.Fusor],
            Seed = 42,
        };
    }
}
