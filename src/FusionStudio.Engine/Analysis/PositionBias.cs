namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Among comparisons answered in both orders, how many verdicts changed when the order was swapped. Both raw
/// verdicts are stored in the pair's own terms, so a flip is simply two verdicts that differ (A and B, or a win
/// and a tie).
/// </summary>
public sealed record PositionBias(int BothOrders, int Flipped)
{
    public double Share => BothOrders == 0 ? 0 : (double)Flipped / BothOrders;

    public static PositionBias Of(IEnumerable<(Domain.Runs.PairVerdict? AFirst, Domain.Runs.PairVerdict? BFirst)> comparisons)
    {
        var both = 0;
        var flipped = 0;
        foreach (var (aFirst, bFirst) in comparisons)
        {
            if (aFirst is { } first && bFirst is { } second)
            {
                both++;
                flipped += first == second ? 0 : 1;
            }
        }

        return new PositionBias(both, flipped);
    }
}
