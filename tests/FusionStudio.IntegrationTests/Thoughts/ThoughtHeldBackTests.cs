using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Prompts;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Routing;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Thoughts;

/// <summary>
/// The thought level measured on truly held-back queries: the shared logs split by query, a set built from the training
/// part only, and the held-back queries run with its hints and without, compared per task.
/// </summary>
public sealed class ThoughtHeldBackTests(ITestOutputHelper output)
{
    /// <summary>Share of each task's queries the set learns from; the rest are held back.</summary>
    private const double TrainingShare = 0.8;

    private const int Seed = 13;

    private static readonly string[] _teachers = ["sim-concise", "sim-stepwise", "sim-detailed"];

    [Fact]
    public async Task Held_back_queries_get_only_templates_of_training_queries_of_their_task_and_compare_per_task()
    {
        await using var host = await PipelineHost.StartAsync();
        var (training, heldBack) = Split();
        var trainingLog = await ImportTrainingLogAsync(host, training);
        var heldBackDataset = await ImportHeldBackDatasetAsync(host, heldBack);
        var (summarizerId, embeddingModel) = await ThoughtTemplateBuildTests.SummarizerAsync(host);

        var clock = Stopwatch.StartNew();
        var created = await host.App.Services.GetRequiredService<ThoughtTemplateService>().CreateAsync(
            new ThoughtTemplateSetRequest { Name = "training part", SourceRunIds = [trainingLog], SummarizerTeacherId = summarizerId, EmbeddingModel = embeddingModel },
            RouterServiceTests.Member);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        var set = await ThoughtTemplateBuildTests.WaitUntilBuiltAsync(host, created.SetId!.Value);
        var buildTime = clock.Elapsed;
        Assert.Equal((ThoughtTemplateSetStatus.Ready, training.Count, training.Count), (set.Status, set.Queries, set.Templates));

        // Nothing of a held-back query reached the set: no template, no source answer, no summarizer request.
        var heldBackTexts = heldBack.Select(q => FramingTags.Neutralise(q.Query).Trim()).ToHashSet(StringComparer.Ordinal);
        await using var db = host.App.CreateDbContext();
        var trainingDataset = await db.Runs.Where(r => r.Id == trainingLog).Select(r => r.DatasetId).SingleAsync();
        var trainingPrompts = await db.DatasetPrompts.Where(p => p.DatasetId == trainingDataset).Select(p => p.Id).ToListAsync();
        var templates = await (
                from t in db.ThoughtTemplates
                join p in db.DatasetPrompts on t.PromptId equals p.Id
                where t.SetId == set.Id
                select new { t.Id, t.PromptId, t.Task, Text = t.Text!, Query = p.Text, t.SourceCandidateIds })
            .ToListAsync();
        Assert.All(templates, t => Assert.Contains(t.PromptId, trainingPrompts));
        Assert.DoesNotContain(templates, t => heldBackTexts.Contains(FramingTags.Neutralise(t.Query).Trim()));
        var sourceIds = templates.SelectMany(t => t.SourceCandidateIds).ToList();
        var sourcePrompts = await db.Candidates.Where(c => sourceIds.Contains(c.Id)).Select(c => new { c.RunId, c.PromptId }).Distinct().ToListAsync();
        Assert.All(sourcePrompts, s => Assert.True(s.RunId == trainingLog && trainingPrompts.Contains(s.PromptId)));
        var summaries = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.ThoughtSummary).ToList();
        Assert.Equal(training.Count, summaries.Count);
        Assert.DoesNotContain(summaries, r => heldBackTexts.Contains(ThoughtHintRunTests.Block(r.Messages[^1].Content, "prompt")));

        // The held-back queries, with hints and without: same teachers, Best-of-N with the judge.
        var plain = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = heldBack.Count, TeacherModels = _teachers, Methods = [AggregationMethod.BestOfN], Pairs = [] });
        await db.Runs.Where(r => r.Id == plain).ExecuteUpdateAsync(u => u.SetProperty(r => r.DatasetId, heldBackDataset).SetProperty(r => r.Name, "held back, no hints"));
        var hintsVersion = await db.PromptTemplateVersions
            .Where(v => v.Template!.IsBuiltIn && v.Template.Kind == Domain.Prompts.PromptTemplateKind.GenerationWithHints).Select(v => v.Id).SingleAsync();
        var hinted = await TestRuns.CopyAsync(host.App, plain, run => (run.Name, run.ThoughtTemplateSetId, run.HintsTemplateVersionId) = ("held back, hints", set.Id, hintsVersion));
        var before = host.Models.RequestLog.Snapshot().Count;
        clock.Restart();
        foreach (var run in new[] { plain, hinted })
        {
            await TestRuns.StartAsync(host.App, run);
            Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, run, TimeSpan.FromMinutes(5))).Status);
        }

        var runsTime = clock.Elapsed;

        // Every hinted generation request carries 3 templates, each of a training query of the prompt's own task.
        var taskOf = heldBack.ToDictionary(q => FramingTags.Neutralise(q.Query).Trim(), q => q.Task, StringComparer.Ordinal);
        var templatesOfTask = templates.GroupBy(t => t.Task!).ToDictionary(g => g.Key, g => g.Select(t => FramingTags.Neutralise(t.Text).Trim()).ToHashSet(StringComparer.Ordinal));
        var generations = host.Models.RequestLog.Snapshot().Skip(before).Where(r => r.Kind == FakeRequestKind.Chat).Select(r => r.Messages[^1].Content).ToList();
        var withHints = generations.Where(g => g.Contains("<hint id=", StringComparison.Ordinal)).ToList();
        Assert.Equal(heldBack.Count * _teachers.Length, withHints.Count);
        Assert.Equal(heldBack.Count * _teachers.Length, generations.Count - withHints.Count);
        foreach (var request in withHints)
        {
            var task = taskOf[ThoughtHintRunTests.Block(request, "prompt")];
            var hints = ThoughtHintRunTests.Hints(request);
            Assert.Equal(3, hints.Count);
            Assert.All(hints, hint => Assert.Contains(hint, templatesOfTask[task]));
        }

        await ReportAsync(host, set, plain, hinted, buildTime, runsTime, training.Count, heldBack.Count);
    }

    private async Task ReportAsync(PipelineHost host, ThoughtTemplateSetSummary set, int plain, int hinted, TimeSpan buildTime, TimeSpan runsTime, int trainingQueries, int heldBackQueries)
    {
        string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(F($"split: {trainingQueries} training queries (set), {heldBackQueries} held back (runs), seed {Seed}"));
        output.WriteLine(F($"set build: {set.Calls} summarizer calls, ${set.Cost:0.0000}, {buildTime.TotalSeconds:0.0} s (import and embeddings of the fake server included)"));
        var rows = await host.App.Services.GetRequiredService<RunDifferenceQuery>().ByTaskAsync(plain, hinted);
        Assert.Equal(RoutingLogSample.Tasks, rows.Count);
        Assert.All(rows, r => Assert.Equal(AggregationMethod.BestOfN, r.Method));
        Assert.Equal(heldBackQueries, rows.Sum(r => r.Prompts));
        output.WriteLine("per task (Best-of-N, mean judge score): task | prompts | without | with hints | change");
        foreach (var row in rows)
        {
            output.WriteLine(F($"{row.Task,-28} | {row.Prompts,2} | {row.MeanA:0.00} | {row.MeanB:0.00} | {row.Change:+0.00;-0.00;0.00}"));
        }

        await using var db = host.App.CreateDbContext();
        var calls = await db.ModelCalls.Where(c => (c.RunId == plain || c.RunId == hinted) && c.Purpose == ModelCallPurpose.Generate)
            .GroupBy(c => c.RunId).Select(g => new { g.Key, Calls = g.Count(), Input = g.Sum(c => c.Usage.InputTokens), Cost = g.Sum(c => c.Usage.Cost) })
            .ToDictionaryAsync(g => g.Key!.Value);
        Assert.Equal(calls[plain].Calls, calls[hinted].Calls);
        var perCall = (double)(calls[hinted].Input - calls[plain].Input) / calls[hinted].Calls;
        output.WriteLine(F($"generation: {calls[hinted].Calls} calls a run; input tokens {calls[plain].Input:N0} without, {calls[hinted].Input:N0} with hints: {perCall:0} hint tokens per call; cost ${calls[plain].Cost:0.0000} / ${calls[hinted].Cost:0.0000}"));
        output.WriteLine(F($"both runs: {runsTime.TotalSeconds:0.0} s"));
        Assert.True(perCall > 0);
    }

    /// <summary>Per task, a seeded shuffle of its queries: the first <see cref="TrainingShare"/> train, the rest are held back.</summary>
    private static (List<LogQuery> Training, List<LogQuery> HeldBack) Split()
    {
        var random = new Random(Seed);
        var byTask = File.ReadLines(RoutingLogSample.FilePath)
            .Select(line => new LogQuery(line, JsonDocument.Parse(line).RootElement))
            .GroupBy(q => q.Task, StringComparer.Ordinal)
            .Select(g => g.OrderBy(_ => random.Next()).ToList())
            .ToList();
        var training = byTask.SelectMany(g => g.Take((int)Math.Ceiling(g.Count * TrainingShare))).ToList();
        var heldBack = byTask.SelectMany(g => g.Skip((int)Math.Ceiling(g.Count * TrainingShare))).ToList();
        return (training, heldBack);
    }

    /// <summary>The training part as one log: its lines as they are in the shared file.</summary>
    private static async Task<int> ImportTrainingLogAsync(PipelineHost host, List<LogQuery> training)
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", training.Select(q => q.Line)) + "\n"));
        var result = await host.App.Services.GetRequiredService<LogImporter>().ImportAsync(
            file, "routing-logs-training.jsonl", new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, RouterServiceTests.Member, RoutingLogSample.Prices);
        Assert.True(result.Succeeded, string.Join(" ", result.FileErrors) + string.Join(" ", result.PlanErrors.Values));
        return result.RunId!.Value;
    }

    /// <summary>The held-back part as a dataset of new prompts: query, task and reference answer, no model's answer.</summary>
    private static async Task<int> ImportHeldBackDatasetAsync(PipelineHost host, List<LogQuery> heldBack)
    {
        var lines = heldBack.Select(q => new JsonObject { ["prompt"] = q.Query, ["task"] = q.Task, ["reference"] = q.Reference }.ToJsonString());
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        await using var scope = host.App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(file, new DatasetImportRequest("held back", "held-back.jsonl"), "member@example.test");
        Assert.True(outcome.DatasetId is not null, string.Join(" ", outcome.Errors.Select(e => e.Reason)));
        Assert.Equal(heldBack.Count, outcome.PromptCount);
        return outcome.DatasetId!.Value;
    }

    private sealed record LogQuery(string Line, JsonElement Root)
    {
        public string Task => Root.GetProperty("task_name").GetString()!;

        public string Query => Root.GetProperty("query").GetString()!;

        public string Reference => Root.GetProperty("ground_truth").GetString() ?? "";
    }
}
