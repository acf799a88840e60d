using System.Text;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.LogImports;

public sealed class LogImporterTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Importing_the_sample_stores_prompts_teachers_a_run_and_candidates_with_their_usage()
    {
        var plan = await PlanAsync();

        var result = await ImportAsync(LogSamples.Jsonl, "sample.jsonl", plan);

        Assert.True(result.Succeeded, string.Join(" ", result.FileErrors) + string.Join(" ", result.PlanErrors.Values));
        await using var db = _database.CreateDbContext();
        var run = await db.Runs.Include(r => r.Teachers).SingleAsync(r => r.Id == result.RunId);
        Assert.Equal(RunSource.ImportedLog, run.Source);
        Assert.Equal(RunStatus.Queued, run.Status);
        Assert.Null(run.PoolId);
        Assert.Equal(3, run.Counters.PromptCount);

        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        Assert.Equal(["Why is the sky blue?", "Wie spät ist es?", "2+2?"], prompts.Select(p => p.Text));
        Assert.Equal(["en", "de", "en"], prompts.Select(p => p.Language));
        Assert.Equal(["science", "chat", "math"], prompts.Select(p => p.Task));
        Assert.Equal("7", prompts[0].ExternalId);
        Assert.Equal(2, prompts[2].Messages.Count);

        var provider = await db.Providers.SingleAsync(p => p.Kind == ProviderKind.ImportedLog);
        Assert.Equal("Imported logs", provider.Name);
        var teachers = await db.Teachers.Where(t => t.ProviderId == provider.Id).OrderBy(t => t.Model).ToListAsync();
        Assert.Equal(["model-a", "model-b", "model-c"], teachers.Select(t => t.Model));
        Assert.Equal(
            teachers.Select((t, i) => (t.Id, Samples: t.Model == "model-c" ? 2 : 1, i)),
            run.Teachers.OrderBy(t => t.Position).Select(t => (t.TeacherId, t.SampleCount, t.Position)));

        var candidates = await db.Candidates.Include(c => c.Calls).Where(c => c.RunId == run.Id).ToListAsync();
        Assert.Equal(6, candidates.Count);
        var first = candidates.Single(c => c.Text == "Rayleigh scattering.");
        var logged = Assert.Single(first.Calls);
        Assert.Equal(ModelCallPurpose.Imported, logged.Purpose);
        Assert.Equal((12, 90, 841, 0.0004m, 8.5), (logged.Usage.InputTokens, logged.Usage.OutputTokens, logged.Usage.LatencyMs, logged.Usage.Cost, first.ImportedScore));
        Assert.Equal([0, 1], candidates.Where(c => c.TeacherId == teachers[2].Id).Select(c => c.SampleIndex).Order());
    }

    [Fact]
    public async Task A_second_import_reuses_the_provider_and_the_teachers_of_its_models()
    {
        var plan = await PlanAsync();
        await ImportAsync(LogSamples.Jsonl, "first.jsonl", plan);

        var second = await ImportAsync(LogSamples.Csv, "first.csv", plan);

        Assert.True(second.Succeeded);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Providers.CountAsync(p => p.Kind == ProviderKind.ImportedLog));
        Assert.Equal(3, await db.Teachers.CountAsync(t => t.Provider!.Kind == ProviderKind.ImportedLog));
        Assert.Equal(2, await db.Runs.CountAsync(r => r.Source == RunSource.ImportedLog));
        Assert.Equal(2, await db.Datasets.CountAsync(d => d.Name.Contains("imported logs")));
    }

    [Fact]
    public async Task A_file_with_an_error_imports_nothing()
    {
        var plan = await PlanAsync();
        var broken = LogSamples.Jsonl + "\n{\"query\": \"Q?\", \"model\": \"model-a\", \"response\": \"A\", \"cost\": -1}";

        var result = await ImportAsync(broken, "broken.jsonl", plan);

        Assert.False(result.Succeeded);
        Assert.Equal((8, "cost"), (result.FileErrors[0].Line, result.FileErrors[0].Field));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_viewer_cannot_import()
    {
        var plan = await PlanAsync();

        var result = await ImportAsync(LogSamples.Jsonl, "sample.jsonl", plan, AppRoles.Viewer);

        Assert.Equal(EditorCheck.Denied, result.PlanErrors[RunPlanValidator.General]);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_imported_model_cannot_be_the_judge()
    {
        var plan = await PlanAsync();
        await ImportAsync(LogSamples.Jsonl, "first.jsonl", plan);
        await using (var db = _database.CreateDbContext())
        {
            plan.JudgeTeacherId = await db.Teachers.Where(t => t.Model == "model-a").Select(t => t.Id).SingleAsync();
        }

        var result = await ImportAsync(LogSamples.Jsonl, "second.jsonl", plan);

        Assert.Contains("cannot be called", result.PlanErrors[nameof(RunPlan.JudgeTeacherId)], StringComparison.Ordinal);
        await using var check = _database.CreateDbContext();
        Assert.Equal(1, await check.Runs.CountAsync());
    }

    [Fact]
    public async Task A_plan_without_a_fusor_for_fusion_is_refused_and_stores_nothing()
    {
        var plan = await PlanAsync();
        plan.FusorTeacherId = null;

        var result = await ImportAsync(LogSamples.Jsonl, "sample.jsonl", plan);

        Assert.Equal("Fusion-of-N needs a fusor.", result.PlanErrors[nameof(RunPlan.FusorTeacherId)]);
        Assert.False(result.PlanErrors.ContainsKey(nameof(RunPlan.DatasetId)));
        await AssertNothingStoredAsync();
    }

    public void Dispose() => _database.Dispose();

    private async Task<RunPlan> PlanAsync()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        return new RunPlan
        {
            JudgeTeacherId = library.JudgeId,
            FusorTeacherId = library.FusorId,
            PointwiseTemplateId = library.PointwiseTemplateId,
            PairwiseTemplateId = library.PairwiseTemplateId,
            FusorTemplateId = library.FusorTemplateId,
            Seed = 5,
        };
    }

    private async Task<Web.LogImports.LogImportResult> ImportAsync(string text, string fileName, RunPlan plan, string role = AppRoles.Member)
    {
        var importer = new LogImporter(_database, new EditorCheck(PlannerServices.Authorization()), Options.Create(new LogImportOptions()), TimeProvider.System);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await importer.ImportAsync(file, fileName, plan, PlannerServices.Person(role));
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
        Assert.Equal(0, await db.Candidates.CountAsync());
        Assert.Equal(0, await db.Providers.CountAsync(p => p.Kind == ProviderKind.ImportedLog));
        Assert.False(await db.Datasets.AnyAsync(d => d.Name.Contains("imported logs")));
    }
}
