namespace FusionStudio.Engine.Scaling;

/// <summary>
/// Per-call token averages read from a run's stored usage, the base of a FusioN@k estimate: what one fusor call
/// over all N candidates took, how long a candidate is, and what one pointwise judge call took.
/// </summary>
public sealed record ScalingCallAverages(
    double FusionInputTokens,
    double FusionOutputTokens,
    double CandidateOutputTokens,
    double JudgeInputTokens,
    double JudgeOutputTokens);
