namespace FusionStudio.Engine.Analysis;

/// <summary>How the report's bootstrap intervals are drawn.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Report:Bootstrap";

    /// <summary>Resamples per interval; at least 1,000 keeps the 2.5% and 97.5% percentiles steady.</summary>
    public int Resamples { get; set; } = 2000;

    /// <summary>The interval's coverage, 0.95 for a 95% interval.</summary>
    public double Level { get; set; } = 0.95;

    /// <summary>
    /// The most values a mean's interval is bootstrapped over; above it the normal interval of the mean is used,
    /// which the bootstrap converges to and whose cost does not grow with values × resamples (see decision 0014).
    /// </summary>
    public int MaxResampledValues { get; set; } = 1000;
}
