using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Web.Routers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Thoughts;

/// <summary>Reads what a new thought template set can be built from and with.</summary>
public sealed class ThoughtBuildChoicesQuery(IDbContextFactory<FusionDbContext> contexts, LogSetQuery logSets)
{
    public async Task<ThoughtBuildChoices> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Imported-log teachers stand for answers that exist already; they cannot write templates.
        var summarizers = await db.Teachers.AsNoTracking().Where(t => t.Provider!.Kind != ProviderKind.ImportedLog)
            .OrderBy(t => t.Name).Select(t => new ThoughtBuildOption(t.Id, t.Name + " · " + t.Model)).ToListAsync(cancellationToken);

        // The built-in template first: the form starts on it, as the API does without a template.
        var templates = (await db.PromptTemplates.AsNoTracking().Where(t => t.Kind == PromptTemplateKind.ThoughtSummarizer)
                .OrderByDescending(t => t.IsBuiltIn).ThenBy(t => t.Name).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.Name, Latest = t.Versions.Max(v => (int?)v.Number) })
                .ToListAsync(cancellationToken))
            .Where(t => t.Latest is not null)
            .Select(t => new ThoughtBuildOption(t.Id, $"{t.Name} · v{t.Latest}"))
            .ToList();

        var providers = (await logSets.EmbeddingProvidersAsync(cancellationToken)).Select(p => new ThoughtBuildOption(p.Id, p.Name)).ToList();
        return new ThoughtBuildChoices(await logSets.ListAsync(cancellationToken), summarizers, templates, providers);
    }
}
