namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Method A's record against B: counts, win rate (wins + ½ ties) / verdicts, and its <see cref="WinRateInterval"/>
/// (null with no verdicts). <see cref="Prompts"/> can be fewer than the verdicts when several people reviewed one prompt.
/// </summary>
public sealed record WinRateEstimate(OutcomeCounts Counts, int Prompts, ConfidenceInterval? Interval)
{
    public static WinRateEstimate Empty { get; } = new(default, 0, null);

    public double Rate => Counts.Rate;

    public int Verdicts => Counts.Total;

    /// <summary>Some prompts, but too few for the rate to mean much.</summary>
    public bool TooFewPrompts => Prompts is > 0 and < WinRateInterval.MinimumPrompts;
}
