using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Jobs.Runs;

/// <summary>Everything a job needs to advance a run's prompts, loaded once per job.</summary>
public sealed record RunContext(
    Run Run,
    IReadOnlyList<RunTeacherContext> Teachers,
    RunTeacherContext? Judge,
    RunTeacherContext? Fusor,
    PromptTemplateVersion? PointwiseTemplate,
    PromptTemplateVersion? PairwiseTemplate,
    PromptTemplateVersion? FusorTemplate)
{
    public bool NeedsScores => Run.Methods.Any(m => m.NeedsJudgeScores());

    public IEnumerable<AggregationMethod> Selectors => Run.Methods.Where(m => !m.IsFusion());

    public bool Fuses => Run.Methods.Contains(AggregationMethod.FusionOfN);

    public int CandidatesPerPrompt => Teachers.Sum(t => t.SampleCount);
}
