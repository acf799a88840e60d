using System.Globalization;
using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Turns a plan into a queued run: checks it, pins the pool's teachers and the latest version of each chosen
/// template, and stores it. Starting it is <see cref="RunCommands.StartAsync"/>.
/// </summary>
public sealed class RunPlanner(IDbContextFactory<FusionDbContext> contexts, EditorCheck editors, TimeProvider clock, RunFormOptionsQuery formOptions, ThoughtHintCheck hints)
{
    private const int MaxNameLength = 200;

    public async Task<RunPlanResult> CreateAsync(RunPlan plan, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return RunPlanResult.Invalid(new Dictionary<string, string> { [RunPlanValidator.General] = EditorCheck.Denied });
        }

        var errors = RunPlanValidator.Validate(plan);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var dataset = plan.DatasetId is { } datasetId
            ? await db.Datasets.AsNoTracking().Where(d => d.Id == datasetId)
                .Select(d => new { d.Name, Prompts = db.DatasetPrompts.Count(p => p.DatasetId == d.Id) })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (plan.DatasetId is not null && dataset is null)
        {
            errors.TryAdd(nameof(RunPlan.DatasetId), "This dataset no longer exists.");
        }
        else if (dataset is { Prompts: 0 })
        {
            errors.TryAdd(nameof(RunPlan.DatasetId), "This dataset has no prompts.");
        }

        var pool = plan.PoolId is { } poolId
            ? await db.TeacherPools.AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == poolId, cancellationToken)
            : null;
        if (plan.PoolId is not null && pool is null)
        {
            errors.TryAdd(nameof(RunPlan.PoolId), "This pool no longer exists.");
        }
        else if (pool is { Members.Count: 0 })
        {
            errors.TryAdd(nameof(RunPlan.PoolId), "This pool has no teachers.");
        }

        var judgeId = plan.NeedsJudge ? plan.JudgeTeacherId : null;
        var fusorId = plan.NeedsFusor ? plan.FusorTeacherId : null;
        var teacherIds = new[] { judgeId, fusorId }.OfType<int>().ToList();
        var knownTeachers = await db.Teachers.Where(t => teacherIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        if (judgeId is { } judge && !knownTeachers.Contains(judge))
        {
            errors.TryAdd(nameof(RunPlan.JudgeTeacherId), "This teacher no longer exists.");
        }

        if (fusorId is { } fusor && !knownTeachers.Contains(fusor))
        {
            errors.TryAdd(nameof(RunPlan.FusorTeacherId), "This teacher no longer exists.");
        }

        await RoutedTeacherCheck.CheckAsync(db, plan, pool, errors, cancellationToken);
        var pointwise = await TemplateVersionLookup.LatestAsync(db, plan.Methods.ScoreAnswers() ? plan.PointwiseTemplateId : null, PromptTemplateKind.PointwiseJudge, nameof(RunPlan.PointwiseTemplateId), errors, cancellationToken);
        var pairwise = await TemplateVersionLookup.LatestAsync(db, plan.Pairs.Count > 0 ? plan.PairwiseTemplateId : null, PromptTemplateKind.PairwiseJudge, nameof(RunPlan.PairwiseTemplateId), errors, cancellationToken);
        var fusorVersion = await TemplateVersionLookup.LatestAsync(db, plan.NeedsFusor ? plan.FusorTemplateId : null, PromptTemplateKind.Fusor, nameof(RunPlan.FusorTemplateId), errors, cancellationToken);
        var proposerVersion = await TemplateVersionLookup.LatestAsync(db, plan.MixesAgents ? plan.ProposerTemplateId : null, PromptTemplateKind.MoaProposer, nameof(RunPlan.ProposerTemplateId), errors, cancellationToken);
        var hintsVersion = await hints.CheckAsync(db, plan, errors, cancellationToken);

        if (errors.Count > 0 || dataset is null || pool is null)
        {
            return RunPlanResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var sampleOffset = plan.DrawNewSamples ? SampleOffsets.Next(await db.Runs.MaxAsync(r => (int?)r.SampleOffset, cancellationToken) ?? 0) : 0;
        var run = RunFactory.Create(
            new RunBlueprint
            {
                Name = string.IsNullOrWhiteSpace(plan.Name) ? DefaultName(dataset.Name, pool.Name, now) : plan.Name.Trim(),
                DatasetId = plan.DatasetId!.Value,
                PoolId = pool.Id,
                Teachers = pool.Members.OrderBy(m => m.Position).Select(m => (m.TeacherId, m.SampleCount)).ToList(),
                Methods = plan.Methods,
                Pairs = plan.Pairs,
                JudgeTeacherId = judgeId,
                FusorTeacherId = fusorId,
                PointwiseTemplateVersionId = pointwise,
                PairwiseTemplateVersionId = pairwise,
                FusorTemplateVersionId = fusorVersion,
                RouterId = plan.NeedsRouter ? plan.RouterId : null,
                RoutedTopK = plan.RoutedTopK,

                ProposerTemplateVersionId = proposerVersion,
                MixtureLayers = plan.MixtureLayers,
                ThoughtTemplateSetId = plan.ThoughtTemplateSetId,
                HintsTemplateVersionId = hintsVersion,
                Seed = plan.Seed,
                SampleOffset = sampleOffset,
                BudgetCap = plan.BudgetCap,
                PromptCount = dataset.Prompts,
                CreatedBy = user.Identity?.Name,
            },
            now);

        // The forecast the run starts with, kept to set against what it costs.
        run.LaunchEstimate = RunPlanEstimator.Forecast(plan, await formOptions.LoadAsync(cancellationToken))?.ToLaunchEstimate();
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return RunPlanResult.Created(run.Id);
    }

    public static string DefaultName(string dataset, string pool, DateTimeOffset at)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{dataset} × {pool} {at:yyyy-MM-dd HH:mm}");
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }
}
