using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Builds every new run the same way — the planner's, the log import's and the demo's: queued (the run lifecycle's
/// first status, which only <see cref="RunCommand.Start"/> leaves), teachers pinned in pool order, methods in their
/// canonical order without repeats.
/// </summary>
public static class RunFactory
{
    public static Run Create(RunBlueprint blueprint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        return new Run
        {
            Name = blueprint.Name,
            Status = RunStatus.Queued,
            Source = blueprint.Source,
            DatasetId = blueprint.DatasetId,
            PoolId = blueprint.PoolId,
            Teachers = blueprint.Teachers
                .Select((teacher, position) => new RunTeacher { TeacherId = teacher.TeacherId, SampleCount = teacher.SampleCount, Position = position })
                .ToList(),
            Methods = [.. blueprint.Methods.Distinct().Order()],
            ComparisonPairs = [.. blueprint.Pairs.Distinct()],
            JudgeTeacherId = blueprint.JudgeTeacherId,
            FusorTeacherId = blueprint.FusorTeacherId,
            PointwiseJudgeTemplateVersionId = blueprint.PointwiseTemplateVersionId,
            PairwiseJudgeTemplateVersionId = blueprint.PairwiseTemplateVersionId,
            FusorTemplateVersionId = blueprint.FusorTemplateVersionId,
            RouterId = blueprint.RouterId,
            RoutedTopK = blueprint.RoutedTopK,

            ProposerTemplateVersionId = blueprint.ProposerTemplateVersionId,
            MixtureLayers = blueprint.MixtureLayers,
            ThoughtTemplateSetId = blueprint.ThoughtTemplateSetId,
            HintsTemplateVersionId = blueprint.HintsTemplateVersionId,
            Seed = blueprint.Seed,
            SampleOffset = blueprint.SampleOffset,
            BudgetCap = blueprint.BudgetCap,
            ScalingCandidateLimits = [.. blueprint.ScalingCandidateLimits],
            Counters = new RunCounters { PromptCount = blueprint.PromptCount },
            CreatedBy = blueprint.CreatedBy,
            CreatedAt = now,
        };
    }
}
