using System.Collections.Concurrent;
using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Recipes;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Serving;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Serving;

/// <summary>
/// Loads the current version of a recipe, by the model name a client sends, with its teachers' endpoints and keys.
/// Plans are kept for a few seconds: a busy endpoint would otherwise read the same rows on every request, and a
/// saved change reaches the other processes within that time (this one at once, see <see cref="Forget"/>).
/// </summary>
public sealed class ServingPlanLoader(IDbContextFactory<FusionDbContext> contexts, ApiKeyProtector keys, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (ServingPlan? Plan, DateTimeOffset LoadedAt)> _plans = new(StringComparer.Ordinal);

    public async Task<ServingPlan?> LoadAsync(string recipeName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipeName);
        var now = clock.GetUtcNow();
        if (_plans.TryGetValue(recipeName, out var kept) && now - kept.LoadedAt < KeepFor)
        {
            return kept.Plan;
        }

        var plan = await ReadAsync(recipeName, cancellationToken);
        _plans[recipeName] = (plan, now);
        return plan;
    }

    /// <summary>Drops a kept plan, so the next request reads the recipe's newest version.</summary>
    public void Forget(string recipeName) => _plans.TryRemove(recipeName, out _);

    private async Task<ServingPlan?> ReadAsync(string recipeName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipe = await db.Recipes.AsNoTracking().SingleOrDefaultAsync(r => r.Name == recipeName, cancellationToken);
        if (recipe is null)
        {
            return null;
        }

        var version = await db.RecipeVersions.AsNoTracking()
            .SingleAsync(v => v.RecipeId == recipe.Id && v.Version == recipe.CurrentVersion, cancellationToken);
        var teacherIds = version.TeacherIds.Concat(new[] { version.FusorTeacherId, version.FallbackTeacherId }.OfType<int>()).Distinct().ToList();
        var teachers = await db.Teachers.AsNoTracking().Include(t => t.Provider)
            .Where(t => teacherIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var templateIds = new[] { version.FusorTemplateVersionId, version.ProposerTemplateVersionId }.OfType<int>().ToList();
        var templates = await db.PromptTemplateVersions.AsNoTracking().Where(v => templateIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);

        ServedTeacher Serve(int teacherId, int position, int sampleIndex)
        {
            var teacher = teachers[teacherId];
            var provider = teacher.Provider!;
            return new ServedTeacher(position, sampleIndex, teacher, ProviderEndpoint.From(provider, keys.Unprotect(provider.ProtectedApiKey)));
        }

        // A teacher listed twice gives its second sample, as in a run's pool.
        var served = version.TeacherIds
            .Select((teacherId, position) => Serve(teacherId, position, version.TeacherIds.Take(position).Count(id => id == teacherId)))
            .ToList();
        var fusor = version.FusorTeacherId is { } fusorId ? Serve(fusorId, -1, 0) : null;
        return new ServingPlan(recipe.Id, recipe.Name, version, served, fusor, version.FusorTemplateVersionId is { } fusorTemplate ? templates[fusorTemplate] : null)
        {
            // The fallback's sample follows the teacher's samples in the list, so it never takes a routed candidate's place.
            Fallback = version.FallbackTeacherId is { } fallbackId ? Serve(fallbackId, -1, version.TeacherIds.Count(id => id == fallbackId)) : null,
            ProposerTemplate = version.ProposerTemplateVersionId is { } proposer ? templates[proposer] : null,
        };
    }
}
