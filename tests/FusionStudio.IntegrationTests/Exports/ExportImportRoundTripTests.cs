using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Exports;

/// <summary>An SFT export is a dataset: importing it gives back the run's prompts, with the chosen answers as references.</summary>
[Collection(ExportRunCollection.Name)]
public sealed class ExportImportRoundTripTests(ExportRunFixture run)
{
    [Fact]
    public async Task Sft_jsonl_in_the_openai_messages_shape_imports_as_the_same_prompts_with_fused_references()
    {
        using var file = new MemoryStream();
        var exporter = run.Host.App.Services.GetRequiredService<RunExporter>();
        var request = new ExportRequest(ExportKind.Sft, ExportFormat.Jsonl);
        await exporter.WriteAsync(run.RunId, request, file, CancellationToken.None);
        file.Position = 0;

        await using var scope = run.Host.App.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DatasetImporter>();
        var outcome = await importer.ImportAsync(file, new DatasetImportRequest("Fused answers, round trip", exporter.FileName(run.RunId, request)), "lina");

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Line} {e.Field}: {e.Reason}")));
        await using var db = run.Host.App.CreateDbContext();
        var imported = await db.DatasetPrompts.Where(p => p.DatasetId == outcome.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        var original = await db.RunPrompts.Where(p => p.RunId == run.RunId).OrderBy(p => p.Ordinal)
            .Join(db.DatasetPrompts, r => r.PromptId, p => p.Id, (r, p) => new { p.Id, p.Text })
            .ToListAsync();
        var fused = await db.Aggregates.Where(a => a.RunId == run.RunId && a.Method == AggregationMethod.FusionOfN).ToDictionaryAsync(a => a.PromptId, a => a.Text);
        Assert.Equal(original.Select(p => p.Text), imported.Select(p => p.Text));
        Assert.Equal(original.Select(p => fused[p.Id]), imported.Select(p => p.Reference));
    }

    [Fact]
    public async Task Sft_csv_with_prompt_and_answer_columns_imports_as_the_same_prompts()
    {
        using var file = new MemoryStream();
        var exporter = run.Host.App.Services.GetRequiredService<RunExporter>();
        var request = new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { SftAnswer = SftAnswerRule.BestOfN };
        await exporter.WriteAsync(run.RunId, request, file, CancellationToken.None);
        file.Position = 0;

        await using var scope = run.Host.App.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DatasetImporter>();
        var outcome = await importer.ImportAsync(file, new DatasetImportRequest("Best-of-N answers, round trip", exporter.FileName(run.RunId, request)), "lina");

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Line} {e.Field}: {e.Reason}")));
        await using var db = run.Host.App.CreateDbContext();
        var imported = await db.DatasetPrompts.Where(p => p.DatasetId == outcome.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        var original = await db.RunPrompts.Where(p => p.RunId == run.RunId).OrderBy(p => p.Ordinal)
            .Join(db.DatasetPrompts, r => r.PromptId, p => p.Id, (r, p) => new { p.Text, p.Language, p.Task })
            .ToListAsync();
        Assert.Equal(original.Select(p => (p.Text, p.Language, p.Task)), imported.Select(p => (p.Text, p.Language, p.Task)));
    }
}
