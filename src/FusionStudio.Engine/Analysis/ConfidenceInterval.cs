namespace FusionStudio.Engine.Analysis;

/// <summary>A two-sided interval for a share, both ends in [0, 1].</summary>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;

    public double Width => Upper - Lower;
}
