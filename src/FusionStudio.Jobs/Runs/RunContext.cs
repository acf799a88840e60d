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
    /// <summary>The Mixture-of-Agents proposer prompt of layers 2..L; null when the run does not use that method.</summary>
    public PromptTemplateVersion? ProposerTemplate { get; init; }

    public bool NeedsScores => Run.Methods.Any(m => m.NeedsJudgeScores());

    public IEnumerable<AggregationMethod> Selectors => Run.Methods.Where(m => !m.IsFusion());

    public bool Fuses => Run.Methods.Contains(AggregationMethod.FusionOfN);

    public bool MixesAgents => Run.Methods.Contains(AggregationMethod.MixtureOfAgents);

    public int CandidatesPerPrompt => Teachers.Sum(t => t.SampleCount);
}
