namespace FusionStudio.Engine.Analysis;

/// <summary>
/// How often two raters agree: raw agreement p_o, the agreement chance alone would give p_e, and Cohen's κ =
/// (p_o − p_e) / (1 − p_e). κ is null (not defined) with no items, or when p_e is 1: both raters then put every item
/// in one and the same category, agreement is total but says nothing beyond chance.
/// </summary>
public sealed record RaterAgreement(int Items, int Agreeing, double Expected, double? Kappa)
{
    public static RaterAgreement None { get; } = new(0, 0, 0, null);

    public double Observed => Items == 0 ? 0 : (double)Agreeing / Items;

    /// <summary>Linearly weighted κ over the ordered categories; null where κ is.</summary>
    public double? WeightedKappa { get; init; }

    /// <summary>Normal-approximation interval of κ, clipped to [−1, 1].</summary>
    public ConfidenceInterval? KappaInterval { get; init; }

    /// <summary>Some items, but too few for κ to mean much.</summary>
    public bool TooFew => Items is > 0 and < CohenKappa.MinimumItems;
}
