namespace FusionStudio.Web.Scaling;

/// <summary>A scaling point's per-prompt values summed up in SQL: how many, their mean and variance (dividing by n).</summary>
public sealed class PointMoments
{
    public int K { get; init; }

    public int Prompts { get; init; }

    public double Mean { get; init; }

    public double Variance { get; init; }
}
