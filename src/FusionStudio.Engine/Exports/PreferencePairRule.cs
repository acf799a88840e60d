namespace FusionStudio.Engine.Exports;

/// <summary>How the chosen and rejected answers of a preference pair are picked.</summary>
public enum PreferencePairRule
{
    /// <summary>Chosen: the fused answer; rejected: the candidate the judge scored lowest.</summary>
    FusionOverLowest = 0,

    /// <summary>Chosen: the answer people preferred in blind A/B review; rejected: the other answer of the pair.</summary>
    HumanPreferred = 1,
}
