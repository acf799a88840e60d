using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// Gives a recipe version its live run (and the dataset that served requests are appended to) when it serves its
/// first request. Two processes may try at once: the version takes the first run stored, and the other is removed.
/// </summary>
public sealed class LiveRunProvisioner(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public async Task<int> EnsureAsync(int versionId, string recipeName)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var version = await db.RecipeVersions.AsNoTracking().SingleAsync(v => v.Id == versionId);
        if (version.LiveRunId is { } existing)
        {
            return existing;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var name = $"Live: {recipeName} v{version.Version}";
        var dataset = new Dataset { Name = name, Description = $"Requests served by the recipe {recipeName}, version {version.Version}.", CreatedAt = now, CreatedBy = version.CreatedBy };
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync();
        var run = RunFactory.Create(
            new RunBlueprint
            {
                Name = name,
                Source = RunSource.Live,
                DatasetId = dataset.Id,
                PoolId = version.PoolId,
                Teachers = version.LiveRunTeachers(),
                Methods = version.Kind switch
                {
                    RecipeKind.FusionOfN => [AggregationMethod.FusionOfN],
                    RecipeKind.Routed => [AggregationMethod.Routed],
                    RecipeKind.RoutedFusion => [AggregationMethod.RoutedFusion],
                    RecipeKind.MixtureOfAgents => [AggregationMethod.MixtureOfAgents],
                    _ => [],
                },
                FusorTeacherId = version.FusorTeacherId,
                FusorTemplateVersionId = version.FusorTemplateVersionId,
                RouterId = version.RouterId,
                RoutedTopK = version.TopK ?? Run.DefaultRoutedTopK,
                ProposerTemplateVersionId = version.ProposerTemplateVersionId,
                MixtureLayers = version.Layers ?? MixtureOfAgentsLayers.Default,
                Seed = Random.Shared.Next(),
                CreatedBy = version.CreatedBy,
            },
            now);
        // A live run is running for as long as its version serves; its prompts arrive with the requests.
        run.Status = RunStatus.Running;
        run.StartedAt = now;
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        var claimed = await db.RecipeVersions.Where(v => v.Id == versionId && v.LiveRunId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.LiveRunId, run.Id));
        if (claimed == 1)
        {
            await transaction.CommitAsync();
            return run.Id;
        }

        await transaction.RollbackAsync();
        return await db.RecipeVersions.Where(v => v.Id == versionId).Select(v => v.LiveRunId!.Value).SingleAsync();
    }
}
