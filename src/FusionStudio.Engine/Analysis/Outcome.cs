namespace FusionStudio.Engine.Analysis;

/// <summary>How one verdict went for method A of a pair.</summary>
public enum Outcome
{
    Win = 0,
    Tie = 1,
    Loss = 2,
}
