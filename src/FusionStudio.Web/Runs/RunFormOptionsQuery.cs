using FusionStudio.Data;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Reads the datasets, pools, teachers and templates that a new run can use, with what the forecast needs: real
/// token counts of the templates and of a sample of each dataset's prompts, and each teacher's observed answer lengths.
/// </summary>
public sealed class RunFormOptionsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    /// <summary>Prompts per dataset whose tokens are counted; their tokens per character scale the dataset's mean length.</summary>
    public const int TokenSample = 200;

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
            .Select(g => new
            {
                DatasetId = g.Key,
                Count = g.Count(),
                Characters = g.Average(p => (double)p.Text.Length),
                Flagged = g.Count(p => p.LanguageWarning != null),
            })
            .ToDictionaryAsync(g => g.DatasetId, cancellationToken);
        var samples = (await db.DatasetPrompts.AsNoTracking().Where(p => p.Ordinal < TokenSample)
                .Select(p => new { p.DatasetId, p.Text })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.DatasetId)
            .ToDictionary(g => g.Key, g => (Characters: g.Sum(p => (long)p.Text.Length), Tokens: g.Sum(p => (long)TokenCounter.Count(p.Text))));
        var datasets = (await db.Datasets.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
            .Select(d => new DatasetChoice(
                d.Id,
                d.Name,
                sizes.TryGetValue(d.Id, out var size) ? size.Count : 0,
                languages.Where(l => l.DatasetId == d.Id).OrderByDescending(l => l.Count).ThenBy(l => l.Language).Select(l => l.Language).ToList(),
                sizes.TryGetValue(d.Id, out var chars) ? (int)Math.Ceiling(chars.Characters) : 0)
            {
                AveragePromptTokens = sizes.TryGetValue(d.Id, out var mean) && samples.TryGetValue(d.Id, out var sample) && sample.Characters > 0
                    ? (int)Math.Ceiling(mean.Characters * sample.Tokens / sample.Characters)
                    : null,
                FlaggedPrompts = sizes.TryGetValue(d.Id, out var flagged) ? flagged.Flagged : 0,
            })
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
        var observed = await ObservedOutputAsync(db, cancellationToken);
        teachers = teachers.Select(t => t with { Observed = observed.GetValueOrDefault(t.Id, ObservedOutput.None) }).ToList();

        var templates = (await db.PromptTemplates.AsNoTracking()
                .OrderBy(t => t.Name)
                .Select(t => new
                {
                    t.Id,
                    t.Name,
                    t.Kind,
                    t.IsBuiltIn,
                    Latest = t.Versions.OrderByDescending(v => v.Number)
                        .Select(v => new { v.Id, v.Number, v.SystemText, v.UserText })
                        .FirstOrDefault(),
                })
                .ToListAsync(cancellationToken))
            .Where(t => t.Latest is not null)
            .Select(t => new TemplateChoice(t.Id, t.Name, t.Kind, t.IsBuiltIn, t.Latest!.Id, t.Latest.Number, t.Latest.SystemText.Length + t.Latest.UserText.Length)
            {
                Tokens = TokenCounter.Count(t.Latest.SystemText) + TokenCounter.Count(t.Latest.UserText),
            })
            .ToList();

        var routers = await db.Routers.AsNoTracking().OrderBy(r => r.Name).ThenByDescending(r => r.Version)
            .Select(r => new RouterChoice(r.Id, r.Name, r.Version, r.Candidates))
            .ToListAsync(cancellationToken);

        var thoughtSets = await db.ThoughtTemplateSets.AsNoTracking().Where(s => s.Status == Domain.Thoughts.ThoughtTemplateSetStatus.Ready)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new ThoughtSetChoice(
                s.Id, s.Name,
                db.ThoughtTemplates.Count(t => t.SetId == s.Id && t.Text != null),
                (int)(db.ThoughtTemplates.Where(t => t.SetId == s.Id && t.Text != null).Average(t => (double?)t.Text!.Length) ?? 0)))
            .ToListAsync(cancellationToken);

        return new RunFormOptions(datasets, pools, teachers, templates) { Routers = routers, ThoughtSets = thoughtSets };
    }

    /// <summary>Per teacher, the mean output tokens of its successful calls in each role; grouped in SQL.</summary>
    private static async Task<Dictionary<int, ObservedOutput>> ObservedOutputAsync(FusionDbContext db, CancellationToken cancellationToken)
    {
        var totals = await db.ModelCalls.AsNoTracking()
            .Where(c => c.TeacherId != null && c.ErrorKind == null && c.Error == null && c.Usage.OutputTokens > 0)
            .GroupBy(c => new { c.TeacherId, c.Purpose })
            .Select(g => new { g.Key.TeacherId, g.Key.Purpose, Calls = g.LongCount(), Output = g.Sum(c => (long)c.Usage.OutputTokens) })
            .ToListAsync(cancellationToken);
        return totals.GroupBy(t => t.TeacherId!.Value)
            .ToDictionary(g => g.Key, g => ObservedOutput.From(g.Select(t => (t.Purpose, t.Calls, t.Output))));
    }
}
