using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Scaling;

namespace FusionStudio.Web.Scaling;

/// <summary>A run's test-time-scaling curve: BoN@k and FusioN@k points, and the progress of confirmed FusioN@k points.</summary>
public sealed record ScalingCurve(
    int RunId,
    int CandidatesPerPrompt,
    int PromptCount,
    IReadOnlyList<ScalingPoint> BestOfN,
    IReadOnlyList<ScalingPoint> Fusion,
    IReadOnlyList<ScalingProgress> Progress,
    string? Unavailable)
{
    /// <summary>How many random k-subsets each prompt's FusioN@k point averages.</summary>
    public int Subsets { get; init; } = 1;

    /// <summary>The prompts FusioN@k points are computed on (all, or the run's seeded sample).</summary>
    public int SampledPrompts { get; init; }

    /// <summary>What the page says about the points' intervals: a bootstrap at small n, the normal interval above it.</summary>
    public string IntervalNote { get; init; } = MeanInterval.Describe(MeanIntervalKind.PercentileBootstrap, 0.95);

    public bool Computing => Progress.Any(p => !p.IsDone);

    /// <summary>The k values that have no FusioN@k point and none on the way.</summary>
    public IReadOnlyList<int> Addable => Enumerable.Range(1, Math.Max(0, CandidatesPerPrompt - 1))
        .Where(k => !Progress.Any(p => p.K == k && p.Failed == 0) && !Fusion.Any(p => p.K == k && p.Prompts >= SampledPrompts))
        .ToList();
}
