using System.Diagnostics;
using System.Globalization;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Thoughts;

public sealed class ThoughtHintComparisonTests(ITestOutputHelper output)
{
    private const int Tasks = 6;

    [Fact]
    public async Task A_run_with_hints_and_one_without_on_new_queries_compare_per_task_and_the_prompt_page_shows_the_hints()
    {
        await using var host = await PipelineHost.StartAsync();
        var setId = await ThoughtHintRunTests.BuildSetAsync(host);
        var plain = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = Tasks, TeacherModels = ["sim-concise", "sim-stepwise", "sim-detailed"], Methods = [AggregationMethod.BestOfN], Pairs = [],
        });
        await using (var db = host.App.CreateDbContext())
        {
            var datasetId = await db.Runs.Where(r => r.Id == plain).Select(r => r.DatasetId).SingleAsync();
            var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == datasetId).OrderBy(p => p.Ordinal).ToListAsync();
            var heldBack = ThoughtHintRunTests.HeldBackQueries(Tasks);
            for (var i = 0; i < Tasks; i++)
            {
                (prompts[i].Task, prompts[i].Text, prompts[i].Language) = (heldBack[i].Task, heldBack[i].Text, "en");
            }

            await db.SaveChangesAsync();
        }

        var hintsVersion = await VersionAsync(host);
        var hinted = await TestRuns.CopyAsync(host.App, plain, run => (run.ThoughtTemplateSetId, run.HintsTemplateVersionId) = (setId, hintsVersion));
        var clock = Stopwatch.StartNew();
        foreach (var run in new[] { plain, hinted })
        {
            await TestRuns.StartAsync(host.App, run);
            Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, run)).Status);
        }

        output.WriteLine($"both runs: {clock.Elapsed.TotalSeconds:0.0} s");
        var rows = await host.App.Services.GetRequiredService<RunDifferenceQuery>().ByTaskAsync(plain, hinted);
        Assert.Equal(Tasks, rows.Count);
        Assert.All(rows, r => Assert.Equal((AggregationMethod.BestOfN, 1), (r.Method, r.Prompts)));
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Task,-28} without {row.MeanA:0.00}  with hints {row.MeanB:0.00}  change {row.Change:+0.00;-0.00;0.00}"));
        }

        await using var check = host.App.CreateDbContext();
        var calls = await check.ModelCalls.Where(c => (c.RunId == plain || c.RunId == hinted) && c.Purpose == ModelCallPurpose.Generate)
            .GroupBy(c => c.RunId).Select(g => new { g.Key, Input = g.Sum(c => c.Usage.InputTokens), Cost = g.Sum(c => c.Usage.Cost) }).ToDictionaryAsync(g => g.Key!.Value);
        output.WriteLine($"generation input tokens: without {calls[plain].Input:N0}, with hints {calls[hinted].Input:N0}; cost ${calls[plain].Cost:0.0000} / ${calls[hinted].Cost:0.0000}");
        Assert.True(calls[hinted].Input > calls[plain].Input);

        // The prompt page of the hinted run shows each candidate's hints: the past query and the template.
        var promptId = await check.Candidates.Where(c => c.RunId == hinted).Select(c => c.PromptId).FirstAsync();
        var detail = (await host.App.Services.GetRequiredService<RunPromptDetailQuery>().LoadAsync(hinted, promptId))!;
        var stored = await check.Candidates.Where(c => c.RunId == hinted && c.PromptId == promptId).Select(c => c.HintTemplateIds).FirstAsync();
        var templates = await (from t in check.ThoughtTemplates join p in check.DatasetPrompts on t.PromptId equals p.Id
                               where stored.Contains(t.Id) select new { t.Id, Template = t.Text, Query = p.Text }).ToListAsync();
        Assert.All(detail.Candidates, c => Assert.Equal(
            stored.Select(id => templates.Single(t => t.Id == id)).Select(t => (t.Id, t.Query, (string?)t.Template)),
            c.Hints.Select(h => (h.TemplateId, h.PastQuery, (string?)h.Template))));
        var plainDetail = (await host.App.Services.GetRequiredService<RunPromptDetailQuery>().LoadAsync(plain, promptId))!;
        Assert.All(plainDetail.Candidates, c => Assert.Empty(c.Hints));
    }

    private static async Task<int> VersionAsync(PipelineHost host)
    {
        await using var db = host.App.CreateDbContext();
        return await db.PromptTemplateVersions.Where(v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.GenerationWithHints).Select(v => v.Id).SingleAsync();
    }
}
