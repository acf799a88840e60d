using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Fills the choices a new plan leaves open: the only dataset and pool when there is just one, the judge and fusor
/// teachers by name ("Judge (simulated)", "Fusor (simulated)" in the demo) and the built-in templates.
/// </summary>
public static class RunPlanDefaults
{
    public const string JudgeName = "Judge (simulated)";
    public const string FusorName = "Fusor (simulated)";

    public static RunPlan Apply(RunPlan plan, RunFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        plan.DatasetId ??= options.Datasets.Count == 1 ? options.Datasets[0].Id : null;
        plan.PoolId ??= options.Pools.Count == 1 ? options.Pools[0].Id : null;
        plan.JudgeTeacherId ??= TeacherNamed(options, JudgeName, "judge");
        plan.FusorTeacherId ??= TeacherNamed(options, FusorName, "fusor");
        plan.PointwiseTemplateId ??= TemplateOf(options, PromptTemplateKind.PointwiseJudge);
        plan.PairwiseTemplateId ??= TemplateOf(options, PromptTemplateKind.PairwiseJudge);
        plan.FusorTemplateId ??= TemplateOf(options, PromptTemplateKind.Fusor);
        plan.ProposerTemplateId ??= TemplateOf(options, PromptTemplateKind.MoaProposer);
        plan.HintsTemplateId ??= TemplateOf(options, PromptTemplateKind.GenerationWithHints);
        return plan;
    }

    private static int? TeacherNamed(RunFormOptions options, string name, string word) =>
        (options.Teachers.FirstOrDefault(t => t.Name == name)
         ?? options.Teachers.FirstOrDefault(t => t.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))?.Id;

    private static int? TemplateOf(RunFormOptions options, PromptTemplateKind kind)
    {
        var builtInName = DefaultPromptTemplates.All.FirstOrDefault(t => t.Kind == kind)?.Name;
        var candidates = options.TemplatesOf(kind).ToList();
        return (candidates.FirstOrDefault(t => t.Name == builtInName)
                ?? candidates.FirstOrDefault(t => t.IsBuiltIn)
                ?? candidates.FirstOrDefault())?.Id;
    }
}
