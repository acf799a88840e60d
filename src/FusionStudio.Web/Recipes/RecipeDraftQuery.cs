using FusionStudio.Data;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// "Save as recipe": a run's setup as a recipe input. The kind is preselected from the run's methods (the first that
/// a recipe serves), and teachers, fusor, templates, router, top k and layers are carried over; the limits are the
/// recipe defaults, since a run has no deadlines of its own.
/// </summary>
public sealed class RecipeDraftQuery(IDbContextFactory<FusionDbContext> contexts)
{
    /// <summary>The recipe kind that serves what a run method did, or null for methods no recipe serves (selection needs a judge).</summary>
    public static RecipeKind? KindOf(AggregationMethod method) => method switch
    {
        AggregationMethod.FusionOfN => RecipeKind.FusionOfN,
        AggregationMethod.Routed => RecipeKind.Routed,
        AggregationMethod.RoutedFusion => RecipeKind.RoutedFusion,
        AggregationMethod.MixtureOfAgents => RecipeKind.MixtureOfAgents,
        _ => null,
    };

    /// <summary>The draft, or null when the run does not exist or none of its methods can be served.</summary>
    public async Task<RecipeDraft?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        var kinds = run?.Methods.Select(KindOf).OfType<RecipeKind>().Distinct().ToList() ?? [];
        if (run is null || kinds.Count == 0)
        {
            return null;
        }

        var templateIds = await db.PromptTemplateVersions.AsNoTracking()
            .Where(v => v.Id == run.FusorTemplateVersionId || v.Id == run.ProposerTemplateVersionId)
            .ToDictionaryAsync(v => v.Id, v => v.TemplateId, cancellationToken);
        var teachers = run.Teachers.OrderBy(t => t.Position).ToList();
        var ids = teachers.Select(t => t.TeacherId).Append(run.FusorTeacherId ?? 0).ToList();
        var options = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new TeacherOption(t.Id, t.Name, t.Model)).ToListAsync(cancellationToken);
        var input = new RecipeInput
        {
            Name = Slug(run.Name),
            Description = $"Saved from run {run.Id} ({run.Name}).",
            Kind = kinds[0],
            PoolId = run.PoolId,
            TeacherIds = teachers.SelectMany(t => Enumerable.Repeat(t.TeacherId, t.SampleCount)).ToList(),
            FusorTeacherId = run.FusorTeacherId,
            FusorTemplateId = run.FusorTemplateVersionId is { } fusor ? templateIds.GetValueOrDefault(fusor) : null,
            RouterId = run.RouterId,
            FallbackTeacherId = teachers.FirstOrDefault()?.TeacherId,
            TopK = run.RoutedTopK,
            Layers = run.MixtureLayers,
            ProposerTemplateId = run.ProposerTemplateVersionId is { } proposer ? templateIds.GetValueOrDefault(proposer) : null,
        };
        return new RecipeDraft(input, kinds, options);
    }

    /// <summary>A model name from the run's name: lower case, runs of other characters as one dash.</summary>
    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        slug = slug.Trim('-', '.', '_');
        return slug.Length > 64 ? slug[..64].TrimEnd('-', '.', '_') : slug;
    }
}
