using FusionStudio.Engine.Judging;
using FusionStudio.Engine.Runs;
using FusionStudio.Engine.Thoughts;

namespace FusionStudio.Web.Runs;

/// <summary>The estimate of a plan, from the form's choices; null until a dataset and a pool are chosen.</summary>
public static class RunPlanEstimator
{
    /// <summary>The ceiling: every answer at its max tokens.</summary>
    public static RunEstimate? Estimate(RunPlan plan, RunFormOptions options) => Forecast(plan, options)?.High;

    /// <summary>The forecast with its range (see <see cref="RunForecast"/>).</summary>
    public static RunForecast? Forecast(RunPlan plan, RunFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var dataset = options.Dataset(plan.DatasetId);
        var pool = options.Pool(plan.PoolId);
        if (dataset is null || pool is null)
        {
            return null;
        }

        return RunForecast.For(Input(plan, options, dataset, pool), sized => FusedAnswerScoringEstimate.AddTo(RunEstimate.For(sized), sized));
    }

    /// <summary>Input tokens each generation call carries for thought hints (the hints prompt and 3 templates); 0 without hints.</summary>
    public static long HintTokensPerCall(RunPlan plan, RunFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        return options.Dataset(plan.DatasetId) is { } dataset && options.Pool(plan.PoolId) is { } pool ? Input(plan, options, dataset, pool).HintTokens : 0;
    }

    private static RunEstimateInput Input(RunPlan plan, RunFormOptions options, DatasetChoice dataset, PoolChoice pool)
    {
        var teachers = pool.Members
            .Select(m => options.Teacher(m.TeacherId) is { } teacher ? new RunEstimateTeacher(teacher.ToEstimateModel(TeacherRole.Answer), m.SampleCount) : null)
            .OfType<RunEstimateTeacher>()
            .ToList();
        return new RunEstimateInput
        {
            PromptCount = dataset.PromptCount,
            AveragePromptCharacters = dataset.AveragePromptCharacters,
            AveragePromptTokens = dataset.AveragePromptTokens,
            Teachers = teachers,
            Methods = plan.Methods,
            Pairs = plan.Pairs,
            RoutedTopK = plan.RoutedTopK,
            Judge = plan.NeedsJudge ? options.Teacher(plan.JudgeTeacherId)?.ToEstimateModel(TeacherRole.Judge) : null,
            Fusor = plan.NeedsFusor ? options.Teacher(plan.FusorTeacherId)?.ToEstimateModel(TeacherRole.Fusor) : null,
            PointwiseTemplateCharacters = options.Template(plan.PointwiseTemplateId)?.Characters ?? 0,
            PairwiseTemplateCharacters = options.Template(plan.PairwiseTemplateId)?.Characters ?? 0,
            FusorTemplateCharacters = options.Template(plan.FusorTemplateId)?.Characters ?? 0,
            PointwiseTemplateTokens = options.Template(plan.PointwiseTemplateId)?.Tokens,
            PairwiseTemplateTokens = options.Template(plan.PairwiseTemplateId)?.Tokens,
            FusorTemplateTokens = options.Template(plan.FusorTemplateId)?.Tokens,
            MixtureLayers = plan.MixtureLayers,
            ProposerTemplateCharacters = plan.MixesAgents ? options.Template(plan.ProposerTemplateId)?.Characters ?? 0 : 0,
            ProposerTemplateTokens = plan.MixesAgents ? options.Template(plan.ProposerTemplateId)?.Tokens : null,
            HintTemplateCharacters = HintsTemplate(plan, options)?.Characters ?? 0,
            HintTemplateTokens = HintsTemplate(plan, options)?.Tokens,
            HintCharacters = options.ThoughtSet(plan.ThoughtTemplateSetId) is { } set ? ThoughtTemplateIndex.HintsPerPrompt * set.AverageTemplateCharacters : 0,
        };
    }

    private static TemplateChoice? HintsTemplate(RunPlan plan, RunFormOptions options) =>
        options.ThoughtSet(plan.ThoughtTemplateSetId) is null ? null : options.Template(plan.HintsTemplateId);
}
