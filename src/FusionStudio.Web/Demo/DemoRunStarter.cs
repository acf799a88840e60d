using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Jobs.Runs;
using Microsoft.EntityFrameworkCore;

using FusionStudio.Web.Runs;

namespace FusionStudio.Web.Demo;

/// <summary>Creates and starts the demo run: every method over the demo pool, Fusion-of-N compared with Best-of-N.</summary>
internal sealed class DemoRunStarter(FusionDbContext db, RunControl runs, TimeProvider clock)
{
    public const string RunName = "Demo run: Fusion-of-N vs Best-of-N";

    public async Task StartAsync(Dataset dataset, IReadOnlyList<Teacher> teachers, CancellationToken cancellationToken)
    {
        var versions = await db.PromptTemplates.Where(t => t.IsBuiltIn)
            .Select(t => new { t.Kind, Version = t.Versions.OrderByDescending(v => v.Number).First().Id })
            .ToDictionaryAsync(t => t.Kind, t => t.Version, cancellationToken);
        var pool = teachers.Take(DemoTeachers.All.Count).ToList();
        var run = RunFactory.Create(
            new RunBlueprint
            {
                Name = RunName,
                DatasetId = dataset.Id,
                PoolId = await db.TeacherPools.Where(p => p.Name == DemoSeeder.PoolName).Select(p => p.Id).SingleAsync(cancellationToken),
                Teachers = pool.Select(t => (t.Id, 1)).ToList(),
                Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN],
                Pairs = [MethodPair.FusionVersusBestOfN],
                JudgeTeacherId = teachers.Single(t => t.Model == DemoTeachers.Judge.Model).Id,
                FusorTeacherId = teachers.Single(t => t.Model == DemoTeachers.Fusor.Model).Id,
                FusorTemplateVersionId = versions[PromptTemplateKind.Fusor],
                PointwiseTemplateVersionId = versions[PromptTemplateKind.PointwiseJudge],
                PairwiseTemplateVersionId = versions[PromptTemplateKind.PairwiseJudge],
                Seed = 2026,
                PromptCount = dataset.PromptCount,
                CreatedBy = "demo",

                // The demo shows a whole scaling curve: FusioN@k for every k below N, computed as prompts finish.
                ScalingCandidateLimits = Enumerable.Range(1, pool.Count - 1).ToList(),
            },
            clock.GetUtcNow());
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await runs.StartAsync(run.Id, cancellationToken);
    }
}
