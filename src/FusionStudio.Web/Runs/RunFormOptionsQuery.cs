using FusionStudio.Data;
using FusionStudio.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Reads the datasets, pools, teachers and templates that a new run can use.</summary>
public sealed class RunFormOptionsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunFormOptions> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Grouped in SQL: a dataset of any size comes back as a few numbers.
        var languages = await db.DatasetPrompts
            .GroupBy(p => new { p.DatasetId, p.Language })
            .Select(g => new { g.Key.DatasetId, g.Key.Language, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var sizes = await db.DatasetPrompts
            .GroupBy(p => p.DatasetId)
            .Select(g => new { DatasetId = g.Key, Count = g.Count(), Characters = g.Average(p => (double)p.Text.Length) })
            .ToDictionaryAsync(g => g.DatasetId, cancellationToken);
        var datasets = (await db.Datasets.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
            .Select(d => new DatasetChoice(
                d.Id,
                d.Name,
                sizes.TryGetValue(d.Id, out var size) ? size.Count : 0,
                languages.Where(l => l.DatasetId == d.Id).OrderByDescending(l => l.Count).ThenBy(l => l.Language).Select(l => l.Language).ToList(),
                sizes.TryGetValue(d.Id, out var chars) ? (int)Math.Ceiling(chars.Characters) : 0))
            .ToList();

        var pools = await db.TeacherPools.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PoolChoice(
                p.Id,
                p.Name,
                p.Members.OrderBy(m => m.Position).Select(m => new PoolMemberChoice(m.TeacherId, m.Teacher!.Name, m.SampleCount)).ToList()))
            .ToListAsync(cancellationToken);

        // Imported-log teachers stand for answers that exist already; they cannot judge or fuse.
        var teachers = await db.Teachers.AsNoTracking()
            .Where(t => t.Provider!.Kind != ProviderKind.ImportedLog)
            .OrderBy(t => t.Name)
            .Select(t => new TeacherChoice(
                t.Id, t.Name, t.Model, t.Provider!.Name, t.Provider.Kind == ProviderKind.Simulated, t.MaxTokens,
                t.Provider.InputPricePerMillionTokens, t.Provider.OutputPricePerMillionTokens))
            .ToListAsync(cancellationToken);

        var templates = (await db.PromptTemplates.AsNoTracking()
                .OrderBy(t => t.Name)
                .Select(t => new
                {
                    t.Id,
                    t.Name,
                    t.Kind,
                    t.IsBuiltIn,
                    Latest = t.Versions.OrderByDescending(v => v.Number)
                        .Select(v => new { v.Id, v.Number, Characters = v.SystemText.Length + v.UserText.Length })
                        .FirstOrDefault(),
                })
                .ToListAsync(cancellationToken))
            .Where(t => t.Latest is not null)
            .Select(t => new TemplateChoice(t.Id, t.Name, t.Kind, t.IsBuiltIn, t.Latest!.Id, t.Latest.Number, t.Latest.Characters))
            .ToList();

        return new RunFormOptions(datasets, pools, teachers, templates);
    }
}
