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

    /// <summary>The generation-with-hints prompt; null when the run sends no thought hints.</summary>
    public PromptTemplateVersion? HintsTemplate { get; init; }

    /// <summary>See <see cref="AggregationMethodExtensions.JudgeCandidates"/>.</summary>
    public bool NeedsScores => Run.Methods.JudgeCandidates();

    /// <summary>The scoring step asks the judge about the candidates: a method needs their scores and the run has a judge with its prompt.</summary>
    public bool ScoresCandidates => NeedsScores && Judge is not null && PointwiseTemplate is not null;

    /// <summary>The comparison step asks the pairwise judge: the run names pairs and has a judge with its prompt.</summary>
    public bool Compares => Run.ComparisonPairs.Count > 0 && Judge is not null && PairwiseTemplate is not null;

    public IEnumerable<AggregationMethod> Selectors => Run.Methods.Where(m => !m.IsFusion());

    public bool Fuses => Run.Methods.Contains(AggregationMethod.FusionOfN);

    public bool MixesAgents => Run.Methods.Contains(AggregationMethod.MixtureOfAgents);

    public IEnumerable<AggregationMethod> Fusors => Run.Methods.Where(m => m.IsFusion());

    /// <summary>A routed method is chosen and the run names its router.</summary>
    public bool Routes => Run.RouterId is not null && Run.Methods.Any(m => m.IsRouted());

    /// <summary>How many of a prompt's best-ranked teachers the routed methods read.</summary>
    public int RoutedTeachers => Run.Methods.RoutedTeachers(Run.RoutedTopK);

    /// <summary>A method reads every teacher's every sample, so generation asks them all; else only the routed teachers answer.</summary>
    public bool GeneratesAll => !Run.Methods.AllRouted();

    public int CandidatesPerPrompt => Teachers.Sum(t => t.SampleCount);
}
