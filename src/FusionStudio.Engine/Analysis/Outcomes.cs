using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>Reads judge and human verdicts as outcomes for method A of a pair.</summary>
public static class Outcomes
{
    /// <summary>A judge verdict in the terms of the stored pair; <paramref name="reversed"/> when the stored pair is (B, A).</summary>
    public static Outcome FromVerdict(PairVerdict verdict, bool reversed = false) => verdict switch
    {
        PairVerdict.A => reversed ? Outcome.Loss : Outcome.Win,
        PairVerdict.B => reversed ? Outcome.Win : Outcome.Loss,
        _ => Outcome.Tie,
    };

    /// <summary>A person's verdict; "both bad" says neither answer is better, so it counts as a tie.</summary>
    public static Outcome FromVerdict(HumanVerdict verdict, bool reversed = false) => verdict switch
    {
        HumanVerdict.A => reversed ? Outcome.Loss : Outcome.Win,
        HumanVerdict.B => reversed ? Outcome.Win : Outcome.Loss,
        _ => Outcome.Tie,
    };
}
