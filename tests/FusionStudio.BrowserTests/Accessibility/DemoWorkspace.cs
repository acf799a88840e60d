using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.BrowserTests.Accessibility;

/// <summary>
/// Every page of the demo workspace once its run has finished, by address: the tour that the accessibility and
/// small-screen tests take.
/// </summary>
public sealed record DemoWorkspace(IReadOnlyList<(string Name, string Path)> Pages)
{
    /// <summary>Waits for the demo run to finish and lists its pages, the library's and the account's.</summary>
    public static async Task<DemoWorkspace> LoadAsync(FusionApp app)
    {
        var run = await Eventually.ValueAsync(
            async () =>
            {
                await using var db = app.CreateDbContext();
                var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.CreatedBy == "demo");
                return run is { } && run.Status.IsFinished() ? run : null;
            },
            TimeSpan.FromMinutes(3));
        var runId = run.Id;
        await using var db = app.CreateDbContext();
        var promptId = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.PromptId).Select(p => p.PromptId).FirstAsync();
        var datasetId = await db.Datasets.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var providerId = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var templateId = await db.PromptTemplates.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        return new DemoWorkspace(
        [
            ("runs", ""),
            ("run", $"runs/{runId}"),
            ("report", $"runs/{runId}/report"),
            ("prompt", $"runs/{runId}/prompts/{promptId}"),
            ("review", $"runs/{runId}/review"),
            ("export", $"runs/{runId}/export"),
            ("matrix", $"runs/{runId}/matrix"),
            ("compare", $"runs/compare?a={runId}&b={runId}"),
            ("new-run", "runs/new"),
            ("import", "runs/import"),
            ("datasets", "datasets"),
            ("dataset", $"datasets/{datasetId}"),
            ("dataset-new", "datasets/new"),
            ("providers", "providers"),
            ("provider", $"providers/{providerId}"),
            ("pools", "pools"),
            ("templates", "prompts"),
            ("template", $"prompts/{templateId}"),
            ("template-version", $"prompts/{templateId}/versions/1"),
            ("routers", "routers"),
            ("thoughts", "thoughts"),
            ("admin", "admin"),
            ("tokens", "account/tokens"),
        ]);
    }
}
