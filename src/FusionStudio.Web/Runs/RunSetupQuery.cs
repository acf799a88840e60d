using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Reads a run's dataset, pool, teachers, methods, judge, fusor and pinned template versions by name.</summary>
public sealed class RunSetupQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunSetup?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var dataset = await db.Datasets.Where(d => d.Id == run.DatasetId).Select(d => d.Name).SingleAsync(cancellationToken);
        var pool = await db.TeacherPools.Where(p => p.Id == run.PoolId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        var teacherIds = run.Teachers.Select(t => t.TeacherId).Concat(new[] { run.JudgeTeacherId, run.FusorTeacherId }.OfType<int>()).ToList();
        var teachers = await db.Teachers.Where(t => teacherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var versionIds = new[] { run.PointwiseJudgeTemplateVersionId, run.PairwiseJudgeTemplateVersionId, run.FusorTemplateVersionId, run.ProposerTemplateVersionId }
            .OfType<int>().ToList();
        var versions = await db.PromptTemplateVersions.Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Template!.Name, v.Number })
            .ToDictionaryAsync(v => v.Id, v => $"{v.Name} · v{v.Number}", cancellationToken);

        var router = run.RouterId is { } routerId
            ? await db.Routers.Where(r => r.Id == routerId).Select(r => r.Name + " v" + r.Version).SingleOrDefaultAsync(cancellationToken)
            : null;

        string? Teacher(int? id) => id is { } value ? teachers.GetValueOrDefault(value, $"Teacher {value}") : null;
        string? Version(int? id) => id is { } value ? versions.GetValueOrDefault(value) : null;

        return new RunSetup(
            run.Id,
            dataset,
            pool,
            run.Teachers.OrderBy(t => t.Position).Select(t => $"{Teacher(t.TeacherId)} × {t.SampleCount}").ToList(),
            run.Methods,
            run.ComparisonPairs,
            Teacher(run.JudgeTeacherId),
            Teacher(run.FusorTeacherId),
            Version(run.PointwiseJudgeTemplateVersionId),
            Version(run.PairwiseJudgeTemplateVersionId),
            Version(run.FusorTemplateVersionId),
            run.Seed,
            run.BudgetCap,
            run.CreatedBy,
            run.CreatedAt)
        {
            LaunchEstimate = run.LaunchEstimate,
            SampleOffset = run.SampleOffset,
            Live = run.Source == RunSource.Live,
            Mixture = run.Methods.Contains(AggregationMethod.MixtureOfAgents)
                ? $"{run.MixtureLayers} layers, proposer prompt {Version(run.ProposerTemplateVersionId) ?? "none"}"
                : null,
            Router = router is null ? null : run.Methods.Contains(AggregationMethod.RoutedFusion) ? $"{router}, Routed FusioN fuses the top {run.RoutedTopK}" : router,
        };
    }
}
