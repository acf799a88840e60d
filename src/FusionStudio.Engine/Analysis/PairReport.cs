using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>Everything the report says about one compared pair of methods.</summary>
public sealed record PairReport(
    MethodPair Pair,
    WinRateEstimate Judge,
    IReadOnlyList<WinRateGroup> ByLanguage,
    IReadOnlyList<WinRateGroup> ByTask,
    PositionBias PositionBias,
    HumanReviewSummary Human)
{
    /// <summary>Prompts where both methods gave the same answer: not offered for blind review.</summary>
    public int SameAnswers { get; init; }
}
