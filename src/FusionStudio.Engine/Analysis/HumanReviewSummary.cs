namespace FusionStudio.Engine.Analysis;

/// <summary>
/// What people said about a pair: their win rate for method A (prompts resampled, a prompt's reviews kept
/// together), how many reviews and reviewers, and how well the judge agrees with them on prompts both judged
/// (one item per review).
/// </summary>
public sealed record HumanReviewSummary(WinRateEstimate WinRate, int Reviews, int Reviewers, RaterAgreement Agreement)
{
    public static HumanReviewSummary None { get; } = new(WinRateEstimate.Empty, 0, 0, RaterAgreement.None);

    /// <summary>Judge verdict × people's verdict, "both bad" in a column of its own.</summary>
    public JudgeHumanTable Table { get; init; } = new();
}
