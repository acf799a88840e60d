using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Routers;

/// <summary>Every run as a log set, newest first: imported logs and generated runs alike are logs of several models.</summary>
public sealed class LogSetQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<LogSetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Name,
                r.Source,
                r.DatasetId,
                r.Counters.PromptCount,
                r.CreatedAt,
                Models = r.Teachers.OrderBy(t => t.Position).Join(db.Teachers, rt => rt.TeacherId, t => t.Id, (rt, t) => t.Model).ToList(),
            })
            .ToListAsync(cancellationToken);
        var datasetIds = runs.Select(r => r.DatasetId).Distinct().ToList();
        var nonEnglish = await db.DatasetPrompts.Where(p => datasetIds.Contains(p.DatasetId) && p.Language != "en" && !p.Language.StartsWith("en-"))
            .GroupBy(p => p.DatasetId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return runs.Select(r => new LogSetSummary(
            r.Id, r.Name, r.Source, r.PromptCount, nonEnglish.GetValueOrDefault(r.DatasetId), r.Models.Distinct(StringComparer.Ordinal).ToList(), r.CreatedAt)).ToList();
    }

    /// <summary>Providers that can serve a <c>/v1/embeddings</c> model: the OpenAI-compatible ones.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> EmbeddingProvidersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().Where(p => p.Kind == Domain.Providers.ProviderKind.OpenAiCompatible)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return providers.Select(p => (p.Id, p.Name)).ToList();
    }
}
