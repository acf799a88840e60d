using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.LogImports;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reports;

/// <summary>
/// The answer-language flags the pipeline stores with each candidate and answer equal the check of their texts, and
/// the report's counts from the flags equal the counts from the texts, on PostgreSQL: for a run with every selector,
/// Fusion-of-N and Mixture-of-Agents whose teacher fails at first and is redone by "retry failed", a copy answered
/// from the cache, and an imported log. The prompts are English text tagged in six languages, and one is Arabic text
/// tagged English, so answers are flagged both ways.
/// </summary>
public sealed class AnswerLanguageFlagPipelineTests
{
    private const string ArabicQuestion = "كيف يعمل الموضوع رقم صفر، ولماذا هو مهم في الحياة اليومية؟";

    [Fact]
    public async Task Stored_flags_and_the_reports_counts_equal_the_check_of_every_text_through_retries_cache_hits_mixture_and_imports()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "2"));
        AggregationMethod[] methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN];
        var firstId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 6,
            TeacherModels = ["sim-concise", "sim-stepwise#fault=500:18", "sim-detailed"],
            Methods = [.. methods, AggregationMethod.MixtureOfAgents],
            MixtureLayers = 2,
        });
        await using (var db = host.App.CreateDbContext())
        {
            var datasetId = await db.Runs.Where(r => r.Id == firstId).Select(r => r.DatasetId).SingleAsync();
            await db.DatasetPrompts.Where(p => p.DatasetId == datasetId && p.Ordinal == 0).ExecuteUpdateAsync(set => set.SetProperty(p => p.Text, ArabicQuestion));
        }

        await TestRuns.StartAsync(host.App, firstId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(host.App, firstId)).Status);
        Assert.True(await host.App.Services.GetRequiredService<RunControl>().RetryFailedAsync(firstId, CancellationToken.None) > 0);
        await TestRuns.WaitUntilFinishedAsync(host.App, firstId);

        var copyId = await TestRuns.CopyAsync(host.App, firstId, run =>
        {
            run.Name = "from the cache";
            run.Methods = [.. methods];
        });
        await TestRuns.StartAsync(host.App, copyId);
        await TestRuns.WaitUntilFinishedAsync(host.App, copyId);

        var plan = await LogImportPipelineTests.PlanAsync(host);
        var imported = await LogImportPipelineTests.ImportAsync(host, ModelLogs.Jsonl(models: 3, queries: 20), "fleet.jsonl", plan);
        Assert.True(imported.Succeeded);
        var importedId = imported.RunId!.Value;
        await TestRuns.StartAsync(host.App, importedId);
        await TestRuns.WaitUntilFinishedAsync(host.App, importedId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var check = host.App.CreateDbContext();
        var query = host.App.Services.GetRequiredService<AnswerLanguageCountsQuery>();
        // The pipeline stored every flag itself: the report has none left to check.
        Assert.False(await check.Candidates.AnyAsync(c => c.Text != null && c.WrongLanguage == null));
        Assert.False(await check.Aggregates.AnyAsync(a => a.Text != null && a.WrongLanguage == null));
        var counted = new Dictionary<int, IReadOnlyList<AnswerLanguageCount>>();
        foreach (var runId in new[] { firstId, copyId, importedId })
        {
            await AnswerLanguageReference.AssertStoredFlagsEqualTheCheckAsync(check, runId);
            counted[runId] = await AnswerLanguageReference.AssertCountsEqualTheTextsAsync(check, query, runId);
        }

        // Not vacuous: answers were flagged both ways, and the runs went through retries, cache hits,
        // Mixture-of-Agents and an import.
        var arabic = await check.Candidates.Where(c => c.RunId == firstId)
            .Join(check.DatasetPrompts.Where(p => p.Text == ArabicQuestion), c => c.PromptId, p => p.Id, (c, p) => c.WrongLanguage)
            .ToListAsync();
        Assert.NotEmpty(arabic);
        Assert.All(arabic, wrong => Assert.True(wrong));
        foreach (var counts in counted.Values)
        {
            var candidates = counts.Single(c => c.Method is null);
            Assert.InRange(candidates.WrongLanguage, 1, candidates.Answers - 1);
        }

        Assert.Contains(counted[firstId], c => c.Method == AggregationMethod.MixtureOfAgents && c.WrongLanguage > 0);
        Assert.Contains(counted[firstId], c => c.Method == AggregationMethod.FusionOfN && c.WrongLanguage > 0);
        Assert.True(await check.ModelCalls.AnyAsync(c => c.RunId == firstId && c.Error != null && c.CandidateId == null));
        Assert.True(await check.ModelCalls.AnyAsync(c => c.RunId == copyId && c.Usage.CacheHit));
        Assert.Equal(60, await check.Candidates.CountAsync(c => c.RunId == importedId));
    }
}
