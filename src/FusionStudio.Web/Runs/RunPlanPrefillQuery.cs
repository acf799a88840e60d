using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// "Run again with…": a plan with an existing run's choices. Templates are given as templates, so the new run pins
/// their latest versions (a new fusor version, say); the seed is kept, so selections and candidate order repeat.
/// </summary>
public sealed class RunPlanPrefillQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunPlan?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
            .Select(r => new
            {
                r.DatasetId,
                r.PoolId,
                r.Methods,
                r.ComparisonPairs,
                r.JudgeTeacherId,
                r.FusorTeacherId,
                r.PointwiseJudgeTemplateVersionId,
                r.PairwiseJudgeTemplateVersionId,
                r.FusorTemplateVersionId,
                r.ProposerTemplateVersionId,
                r.MixtureLayers,
                r.ThoughtTemplateSetId,
                r.HintsTemplateVersionId,
                r.Seed,
                r.BudgetCap,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var versionIds = new[] { run.PointwiseJudgeTemplateVersionId, run.PairwiseJudgeTemplateVersionId, run.FusorTemplateVersionId, run.ProposerTemplateVersionId, run.HintsTemplateVersionId }
            .OfType<int>().ToList();
        var templateOf = await db.PromptTemplateVersions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.TemplateId, cancellationToken);
        int? Template(int? versionId) => versionId is { } id && templateOf.TryGetValue(id, out var templateId) ? templateId : null;

        return new RunPlan
        {
            DatasetId = run.DatasetId,
            PoolId = run.PoolId,
            Methods = [.. run.Methods.Order()],
            Pairs = [.. run.ComparisonPairs],
            JudgeTeacherId = run.JudgeTeacherId,
            FusorTeacherId = run.FusorTeacherId,
            PointwiseTemplateId = Template(run.PointwiseJudgeTemplateVersionId),
            PairwiseTemplateId = Template(run.PairwiseJudgeTemplateVersionId),
            FusorTemplateId = Template(run.FusorTemplateVersionId),
            ProposerTemplateId = Template(run.ProposerTemplateVersionId),
            // Runs from before Mixture-of-Agents stored no layer count.
            MixtureLayers = MixtureOfAgentsLayers.Problem(run.MixtureLayers) is null ? run.MixtureLayers : MixtureOfAgentsLayers.Default,
            ThoughtTemplateSetId = run.ThoughtTemplateSetId,
            HintsTemplateId = Template(run.HintsTemplateVersionId),
            Seed = run.Seed,
            BudgetCap = run.BudgetCap,
        };
    }
}
