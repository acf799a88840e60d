using FusionStudio.Data;
using FusionStudio.Domain.Recipes;
using FusionStudio.Jobs.Serving;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// Creates recipes and saves their new versions. A version's live run is made when it serves its first request
/// (<see cref="LiveRunProvisioner"/>), so a recipe nobody calls adds no run or dataset to the lists.
/// </summary>
public sealed class RecipeStore(IDbContextFactory<FusionDbContext> contexts, ServingPlanLoader plans, TimeProvider clock)
{
    public async Task<List<RecipeListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Recipes.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new { Recipe = r, Version = db.RecipeVersions.Single(v => v.RecipeId == r.Id && v.Version == r.CurrentVersion) })
            .ToListAsync(cancellationToken);
        var teacherIds = rows.SelectMany(r => r.Version.TeacherIds.Append(r.Version.FusorTeacherId ?? 0)).Distinct().ToList();
        var names = await db.Teachers.AsNoTracking().Where(t => teacherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return rows.Select(r => new RecipeListItem(
            r.Recipe.Id, r.Recipe.Name, r.Recipe.Description, r.Version.Version, r.Version.Kind,
            r.Version.TeacherIds.Select(id => names.GetValueOrDefault(id, "?")).ToList(),
            r.Version.FusorTeacherId is { } fusor ? names.GetValueOrDefault(fusor) : null,
            r.Version.Limits, r.Version.StoreTraffic, r.Version.LiveRunId, r.Recipe.CreatedAt)).ToList();
    }

    /// <summary>The trained routers a routed recipe can use, newest version first within a name.</summary>
    public async Task<List<RecipeRouterOption>> RoutersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Routers.AsNoTracking().OrderBy(r => r.Name).ThenByDescending(r => r.Version)
            .Select(r => new RecipeRouterOption(r.Id, r.Name, r.Version)).ToListAsync(cancellationToken);
    }

    /// <summary>Creates a recipe at version 1.</summary>
    public Task<LibrarySaveResult> CreateAsync(RecipeInput input, LibraryEditor editor, CancellationToken cancellationToken = default) =>
        SaveAsync(null, input, editor, cancellationToken);

    /// <summary>Saves <paramref name="input"/> as the recipe's next version; requests are served by it from then on.</summary>
    public Task<LibrarySaveResult> SaveVersionAsync(int recipeId, RecipeInput input, LibraryEditor editor, CancellationToken cancellationToken = default) =>
        SaveAsync(recipeId, input, editor, cancellationToken);

    private async Task<LibrarySaveResult> SaveAsync(int? recipeId, RecipeInput input, LibraryEditor editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editor);
        input.Name = input.Name.Trim();
        input.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var errors = RecipeRules.Validate(input);
        if (errors.Count > 0)
        {
            return LibrarySaveResult.Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Recipes.AnyAsync(r => r.Id != (recipeId ?? 0) && r.Name == input.Name, cancellationToken))
        {
            return LibrarySaveResult.Failed(nameof(RecipeInput.Name), $"A recipe named \"{input.Name}\" already exists.");
        }

        var (version, problem) = await VersionOfAsync(db, input, editor, cancellationToken);
        if (version is null)
        {
            return LibrarySaveResult.Failed(problem!.Value.Field, problem.Value.Message);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Recipe? recipe;
        if (recipeId is { } id)
        {
            recipe = await db.Recipes.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (recipe is null)
            {
                return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This recipe no longer exists.");
            }

            plans.Forget(recipe.Name);
        }
        else
        {
            recipe = new Recipe { Name = input.Name, CreatedAt = now, CreatedBy = editor.Name };
            db.Recipes.Add(recipe);
        }

        recipe.Name = input.Name;
        recipe.Description = input.Description;
        recipe.CurrentVersion++;
        await db.SaveChangesAsync(cancellationToken);

        version.RecipeId = recipe.Id;
        version.Version = recipe.CurrentVersion;
        db.RecipeVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        plans.Forget(recipe.Name);
        return LibrarySaveResult.Saved(recipe.Id);
    }

    /// <summary>The version the input describes, with the pool's teachers and the template's latest version pinned.</summary>
    private async Task<(RecipeVersion? Version, (string Field, string Message)? Problem)> VersionOfAsync(
        FusionDbContext db, RecipeInput input, LibraryEditor editor, CancellationToken cancellationToken)
    {
        var teacherIds = input.TeacherIds.ToList();
        if (teacherIds.Count == 0 && input.PoolId is { } poolId)
        {
            var members = await db.TeacherPoolMembers.AsNoTracking().Where(m => m.PoolId == poolId).OrderBy(m => m.Position)
                .Select(m => new { m.TeacherId, m.SampleCount }).ToListAsync(cancellationToken);
            if (members.Count == 0)
            {
                return (null, (nameof(RecipeInput.PoolId), "This pool no longer exists or has no teachers."));
            }

            teacherIds = members.SelectMany(m => Enumerable.Repeat(m.TeacherId, m.SampleCount)).ToList();
        }

        if (input.Kind == RecipeKind.Single && teacherIds.Count != 1)
        {
            return (null, (nameof(RecipeInput.PoolId), "A Single recipe has exactly one teacher: choose a pool of one teacher with one sample."));
        }

        if (teacherIds.Count > RecipeRules.MaxTeachers)
        {
            return (null, (nameof(RecipeInput.PoolId), $"At most {RecipeRules.MaxTeachers} candidates answer one request."));
        }

        var wanted = teacherIds.Append(input.FusorTeacherId ?? teacherIds[0]).Append(input.FallbackTeacherId ?? teacherIds[0]).Distinct().ToList();
        if (await db.Teachers.CountAsync(t => wanted.Contains(t.Id), cancellationToken) != wanted.Count)
        {
            return (null, (nameof(RecipeInput.TeacherIds), "A teacher of this recipe no longer exists."));
        }

        int? templateVersionId = null;
        if (input.FusorTemplateId is { } templateId)
        {
            templateVersionId = await db.PromptTemplateVersions.Where(v => v.TemplateId == templateId && v.Template!.Kind == Domain.Prompts.PromptTemplateKind.Fusor)
                .OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
            if (templateVersionId is null)
            {
                return (null, (nameof(RecipeInput.FusorTemplateId), "This fusor prompt no longer exists."));
            }
        }

        var routes = input.Kind is RecipeKind.Routed or RecipeKind.RoutedFusion;
        if (routes && !await db.Routers.AnyAsync(r => r.Id == input.RouterId, cancellationToken))
        {
            return (null, (nameof(RecipeInput.RouterId), "This router no longer exists."));
        }

        int? proposerVersionId = null;
        if (input.Kind == RecipeKind.MixtureOfAgents)
        {
            proposerVersionId = await db.PromptTemplateVersions
                .Where(v => v.Template!.Kind == Domain.Prompts.PromptTemplateKind.MoaProposer
                    && (input.ProposerTemplateId == null ? v.Template.IsBuiltIn : v.TemplateId == input.ProposerTemplateId))
                .OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
            if (proposerVersionId is null)
            {
                return (null, (nameof(RecipeInput.ProposerTemplateId), "This MoA proposer prompt no longer exists."));
            }
        }

        var fuses = input.Kind is RecipeKind.FusionOfN or RecipeKind.RoutedFusion or RecipeKind.MixtureOfAgents;
        return (new RecipeVersion
        {
            Kind = input.Kind,
            PoolId = input.PoolId,
            TeacherIds = teacherIds,
            FusorTeacherId = fuses ? input.FusorTeacherId : null,
            FusorTemplateVersionId = fuses ? templateVersionId : null,
            RouterId = routes ? input.RouterId : null,
            FallbackTeacherId = routes ? input.FallbackTeacherId : null,
            TopK = input.Kind == RecipeKind.RoutedFusion ? input.TopK : null,
            Layers = input.Kind == RecipeKind.MixtureOfAgents ? input.Layers : null,
            ProposerTemplateVersionId = proposerVersionId,
            Limits = new RecipeLimits
            {
                MinCandidates = input.MinCandidates,
                CallTimeoutSeconds = input.CallTimeoutSeconds,
                RequestTimeoutSeconds = input.RequestTimeoutSeconds,
                MaxConcurrentRequests = input.MaxConcurrentRequests,
                DailyBudget = input.DailyBudget,
            },
            StoreTraffic = input.StoreTraffic,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = editor.Name,
        }, null);
    }
}
