using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Prompts;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Routing;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Thoughts;

public sealed partial class ThoughtHintRunTests
{
    private const int Prompts = 4;

    [Fact]
    public async Task Each_generation_prompt_carries_the_templates_of_the_most_similar_past_queries_of_its_task()
    {
        await using var host = await PipelineHost.StartAsync();
        var setId = await BuildSetAsync(host);
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = Prompts, TeacherModels = ["sim-concise", "sim-stepwise"], Methods = [AggregationMethod.Random], Pairs = [],
        });
        await using (var db = host.App.CreateDbContext())
        {
            // New queries of the logs' tasks: the first half of one past query joined to the second half of another.
            var run = await db.Runs.SingleAsync(r => r.Id == runId);
            var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
            var heldBack = HeldBackQueries(Prompts);
            for (var i = 0; i < Prompts; i++)
            {
                (prompts[i].Task, prompts[i].Text, prompts[i].Language) = (heldBack[i].Task, heldBack[i].Text, "en");
            }

            run.ThoughtTemplateSetId = setId;
            run.HintsTemplateVersionId = await db.PromptTemplateVersions
                .Where(v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.GenerationWithHints).Select(v => v.Id).SingleAsync();
            await db.SaveChangesAsync();
        }

        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);

        await using var check = host.App.CreateDbContext();
        var datasetPrompts = await check.DatasetPrompts.Where(p => p.DatasetId == check.Runs.Single(r => r.Id == runId).DatasetId).ToListAsync();
        var templates = await (
                from t in check.ThoughtTemplates
                join p in check.DatasetPrompts on t.PromptId equals p.Id
                where t.SetId == setId && t.Text != null
                select new { t.Id, t.Task, Text = t.Text!, Query = p.Text })
            .ToListAsync();

        // A plain recomputation: cosine of the fake server's embeddings over the task's templates, top 3.
        var expected = datasetPrompts.ToDictionary(
            p => FramingTags.Neutralise(p.Text).Trim(),
            p => templates.Where(t => t.Task == p.Task)
                .Select(t => (t.Id, t.Text, Similarity: Cosine(FakeEmbedding.For(p.Text), FakeEmbedding.For(t.Query))))
                .OrderByDescending(t => t.Similarity).ThenBy(t => t.Id)
                .Take(3)
                .ToList());
        var generations = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.Chat).ToList();
        Assert.Equal(Prompts * 2, generations.Count);
        foreach (var request in generations)
        {
            var user = request.Messages[^1].Content;
            var want = expected[Block(user, "prompt")];
            Assert.Equal(3, want.Count);
            Assert.Equal(want.Select(t => FramingTags.Neutralise(t.Text).Trim()), Hints(user));
        }

        var candidates = await check.Candidates.Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(Prompts * 2, candidates.Count);
        foreach (var candidate in candidates)
        {
            var prompt = datasetPrompts.Single(p => p.Id == candidate.PromptId);
            Assert.Equal(expected[FramingTags.Neutralise(prompt.Text).Trim()].Select(t => t.Id), candidate.HintTemplateIds);
        }

        var hintsVersion = (await check.Runs.SingleAsync(r => r.Id == runId)).HintsTemplateVersionId;
        Assert.All(await check.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Generate).ToListAsync(),
            call => Assert.Equal(hintsVersion, call.TemplateVersionId));
    }

    [Fact]
    public async Task A_plan_with_a_set_that_is_missing_or_not_built_is_refused_and_a_ready_set_pins_the_hints_prompt()
    {
        await using var host = await PipelineHost.StartAsync();
        var check = host.App.Services.GetRequiredService<ThoughtHintCheck>();
        var (_, embeddingModel) = await ThoughtTemplateBuildTests.SummarizerAsync(host);
        await using var db = host.App.CreateDbContext();
        var building = new ThoughtTemplateSet { Name = "half built", EmbeddingModel = embeddingModel, Status = ThoughtTemplateSetStatus.Building, CreatedAt = DateTimeOffset.UtcNow };
        var ready = new ThoughtTemplateSet { Name = "ready", EmbeddingModel = embeddingModel, Status = ThoughtTemplateSetStatus.Ready, CreatedAt = DateTimeOffset.UtcNow };
        var unreachable = new ThoughtTemplateSet { Name = "gone", EmbeddingModel = "provider:987654:embed", Status = ThoughtTemplateSetStatus.Ready, CreatedAt = DateTimeOffset.UtcNow };
        db.AddRange(building, ready, unreachable);
        await db.SaveChangesAsync();

        async Task<(int? Version, Dictionary<string, string> Errors)> CheckAsync(int setId)
        {
            var errors = new Dictionary<string, string>();
            return (await check.CheckAsync(db, new RunPlan { ThoughtTemplateSetId = setId }, errors, CancellationToken.None), errors);
        }

        Assert.Contains("123456", (await CheckAsync(123456)).Errors[nameof(RunPlan.ThoughtTemplateSetId)], StringComparison.Ordinal);
        Assert.Contains("not ready", (await CheckAsync(building.Id)).Errors[nameof(RunPlan.ThoughtTemplateSetId)], StringComparison.Ordinal);
        Assert.Contains("987654", (await CheckAsync(unreachable.Id)).Errors[nameof(RunPlan.ThoughtTemplateSetId)], StringComparison.Ordinal);
        var (version, errors) = await CheckAsync(ready.Id);
        Assert.Empty(errors);
        var latest = await db.PromptTemplateVersions.Where(v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.GenerationWithHints)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
        Assert.Equal(latest, version);
        Assert.Null(await check.CheckAsync(db, new RunPlan(), errors, CancellationToken.None));
    }

    internal static async Task<int> BuildSetAsync(PipelineHost host)
    {
        var logSet = await RouterServiceTests.ImportSampleAsync(host);
        var (summarizerId, embeddingModel) = await ThoughtTemplateBuildTests.SummarizerAsync(host);
        var created = await host.App.Services.GetRequiredService<ThoughtTemplateService>().CreateAsync(
            new ThoughtTemplateSetRequest { Name = "sample thoughts", SourceRunIds = [logSet], SummarizerTeacherId = summarizerId, EmbeddingModel = embeddingModel },
            RouterServiceTests.Member);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        Assert.Equal(ThoughtTemplateSetStatus.Ready, (await ThoughtTemplateBuildTests.WaitUntilBuiltAsync(host, created.SetId!.Value)).Status);
        return created.SetId.Value;
    }

    /// <summary>One new query per task for the first <paramref name="count"/> tasks of the shared logs.</summary>
    internal static List<(string Task, string Text)> HeldBackQueries(int count)
    {
        var byTask = File.ReadLines(RoutingLogSample.FilePath)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(q => (Task: q.GetProperty("task_name").GetString()!, Query: q.GetProperty("query").GetString()!))
            .GroupBy(q => q.Task, StringComparer.Ordinal)
            .Take(count);
        return byTask.Select(g =>
        {
            var (a, b) = (g.First().Query, g.Skip(1).First().Query);
            return (g.Key, a[..(a.Length / 2)] + " " + b[(b.Length / 2)..]);
        }).ToList();
    }

    private static float Cosine(float[] a, float[] b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    internal static string Block(string text, string tag)
    {
        var start = text.IndexOf("<" + tag + ">", StringComparison.Ordinal) + tag.Length + 2;
        return text[start..text.IndexOf("</" + tag + ">", start, StringComparison.Ordinal)].Trim();
    }

    internal static List<string> Hints(string text) => HintPattern().Matches(text).Select(m => m.Groups["body"].Value.Trim()).ToList();

    [GeneratedRegex("""<hint id="\d+">(?<body>.*?)</hint>""", RegexOptions.Singleline)]
    private static partial Regex HintPattern();
}
