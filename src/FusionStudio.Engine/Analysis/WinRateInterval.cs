using MathNet.Numerics.Distributions;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// The one interval every page, export and API shows for a win rate: the Wilson score interval of the rate
/// (wins + ½ ties) / verdicts, with the number of prompts as n. Unlike a percentile bootstrap it does not collapse at
/// small n (two wins give about 34%–100%, not 100%–100%), and it is a pure function of the counts, so the same
/// prompts give the same interval wherever they appear. Counting prompts rather than verdicts keeps it honest when
/// several people reviewed one prompt: their votes are not independent. Ties count as half a win, which makes the
/// interval a little wider than it would have to be, never narrower.
/// </summary>
public static class WinRateInterval
{
    /// <summary>Below this many prompts a group is flagged as too small to read.</summary>
    public const int MinimumPrompts = 10;

    /// <summary>What the pages say about the interval, beside it.</summary>
    public const string Explanation =
        "95% Wilson score interval of (wins + ½ ties) / verdicts, with n = prompts. Groups under 10 prompts are flagged: their interval is wide and the rate can move a lot.";

    public static ConfidenceInterval? Of(OutcomeCounts counts, int prompts, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prompts);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level is a share between 0 and 1, e.g. 0.95.");
        }

        if (prompts == 0 || counts.Total == 0)
        {
            return null;
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var n = (double)prompts;
        var p = counts.Rate;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new ConfidenceInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
