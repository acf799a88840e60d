using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// A pairwise judge's parsed answer in the terms it was asked in: <see cref="Shown"/> A is whichever answer was
/// shown first. <see cref="ToPairTerms"/> maps it back to the pair's own A and B.
/// </summary>
public sealed record PairwiseVerdict(PairVerdict Shown, string? Rationale)
{
    /// <summary>The verdict about the pair (A, B); when B was shown first, "first wins" means B wins.</summary>
    public PairVerdict ToPairTerms(bool shownSwapped) => (shownSwapped, Shown) switch
    {
        (true, PairVerdict.A) => PairVerdict.B,
        (true, PairVerdict.B) => PairVerdict.A,
        _ => Shown,
    };

    /// <summary>
    /// The final verdict from both orders (A first, then B first), per <see cref="Comparison.Combine"/>: the orders
    /// must agree once mapped back to the pair, otherwise position bias decided and the result is a tie.
    /// </summary>
    public static PairVerdict Combine(PairwiseVerdict aFirst, PairwiseVerdict bFirst)
    {
        ArgumentNullException.ThrowIfNull(aFirst);
        ArgumentNullException.ThrowIfNull(bFirst);
        return Comparison.Combine(aFirst.ToPairTerms(shownSwapped: false), bFirst.ToPairTerms(shownSwapped: true));
    }
}
