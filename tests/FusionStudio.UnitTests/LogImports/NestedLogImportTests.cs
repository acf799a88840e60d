using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Testing;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.LogImports;

public sealed class NestedLogImportTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task The_shared_routing_logs_import_as_2400_candidates_costed_at_the_entered_prices()
    {
        var plan = await PlanAsync();
        var importer = Importer();

        await using var file = RoutingLogSample.Open();
        var result = await importer.ImportAsync(file, RoutingLogSample.FileName, plan, PlannerServices.Person(Data.Identity.AppRoles.Member), RoutingLogSample.Prices);

        Assert.True(result.Succeeded, string.Join(" ", result.FileErrors) + string.Join(" ", result.PlanErrors.Values));
        await using var db = _database.CreateDbContext();
        var run = await db.Runs.Include(r => r.Teachers).SingleAsync(r => r.Id == result.RunId);
        Assert.Equal(RoutingLogSample.Models, run.Teachers.Count);
        var candidates = await db.Candidates.Include(c => c.Calls).Where(c => c.RunId == run.Id).ToListAsync();
        Assert.Equal(RoutingLogSample.Queries * RoutingLogSample.Models, candidates.Count);
        Assert.Equal(2_400, candidates.Count);
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).ToListAsync();
        Assert.Equal(RoutingLogSample.Queries, prompts.Count);
        Assert.Equal(RoutingLogSample.Tasks, prompts.Select(p => p.Task).Distinct().Count());
        Assert.All(candidates, c => Assert.InRange(c.ImportedScore!.Value, 0, 1));

        // Recomputed from the file itself: the first query's gemma answer, at $0.2 per million tokens.
        using var first = JsonDocument.Parse(File.ReadLines(RoutingLogSample.FilePath).First());
        var gemma = first.RootElement.GetProperty("model_performance").GetProperty("gemma-2-9b-it");
        var tokens = gemma.GetProperty("input_token").GetInt32() + gemma.GetProperty("output_token").GetInt32();
        var firstPrompt = prompts.Single(p => p.Text == first.RootElement.GetProperty("query").GetString());
        Assert.Equal(first.RootElement.GetProperty("task_name").GetString(), firstPrompt.Task);
        Assert.Equal(first.RootElement.GetProperty("ground_truth").GetString(), firstPrompt.Reference);
        Assert.All(prompts, p => Assert.False(string.IsNullOrEmpty(p.Reference)));
        var teacherId = await db.Teachers.Where(t => t.Model == "gemma-2-9b-it").Select(t => t.Id).SingleAsync();
        var answer = candidates.Single(c => c.PromptId == firstPrompt.Id && c.TeacherId == teacherId);
        Assert.Equal(gemma.GetProperty("response").GetString(), answer.Text);
        Assert.Equal(gemma.GetProperty("task_performance").GetDouble(), answer.ImportedScore);
        Assert.Equal(tokens * 0.2m / 1_000_000m, answer.Calls.Single().Usage.Cost);
    }

    [Fact]
    public async Task A_nested_line_with_a_bad_answer_names_the_model_and_field()
    {
        const string Line = """
            {"task_name": "gsm8k", "query": "1+1?", "model_performance": {"a": {"response": "2", "task_performance": 1.0, "input_token": 3, "output_token": 1}, "b": {"response": "", "task_performance": "high"}}}
            """;

        var read = await LogReading.ReadAsync(Line, LogFileFormat.Jsonl);

        Assert.Equal(
            [(1, "model_performance.b.response", "is empty"), (1, "model_performance.b.score", "must be a number, not the text \"high\"")],
            read.Errors.Select(e => (e.Line, e.Field, e.Message)));
    }

    [Fact]
    public async Task A_negative_price_is_refused_by_model_and_nothing_is_stored()
    {
        var plan = await PlanAsync();
        var prices = new LogModelPrices(new Dictionary<string, decimal> { ["gemma-2-9b-it"] = -1m });

        await using var file = RoutingLogSample.Open();
        var result = await Importer().ImportAsync(file, RoutingLogSample.FileName, plan, PlannerServices.Person(Data.Identity.AppRoles.Member), prices);

        Assert.Contains("gemma-2-9b-it", result.PlanErrors[LogImporter.PriceField("gemma-2-9b-it")], StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Candidates.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private LogImporter Importer() =>
        new(_database, new EditorCheck(PlannerServices.Authorization()), Options.Create(new LogImportOptions()), TimeProvider.System);

    private async Task<RunPlan> PlanAsync()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        return new RunPlan
        {
            Methods = [AggregationMethod.Mbr],
            Pairs = [],
            Seed = 1,
            PointwiseTemplateId = library.PointwiseTemplateId,
            PairwiseTemplateId = library.PairwiseTemplateId,
            FusorTemplateId = library.FusorTemplateId,
        };
    }
}
