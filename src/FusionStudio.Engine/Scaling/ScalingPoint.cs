using FusionStudio.Engine.Analysis;

namespace FusionStudio.Engine.Scaling;

/// <summary>
/// One point of the test-time-scaling curve: with <see cref="K"/> candidates, the mean judge score of the answers a
/// method kept or wrote, over the <see cref="Prompts"/> prompts that have a scored answer, with an interval over those
/// prompts (<see cref="Interval"/> says which: a bootstrap at small n, the normal interval at large n).
/// </summary>
public sealed record ScalingPoint(int K, double? MeanScore, int Prompts, double? Lower = null, double? Upper = null)
{
    public MeanIntervalKind Interval { get; init; }

    /// <summary>The point over one value per prompt (already averaged over that prompt's subsets).</summary>
    public static ScalingPoint Of(int k, IEnumerable<double?> scores, ulong seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var known = scores.OfType<double>().Where(double.IsFinite).ToList();
        if (known.Count == 0)
        {
            return new ScalingPoint(k, null, 0);
        }

        var interval = MeanInterval.Of(known, seed, options);
        return new ScalingPoint(k, known.Average(), known.Count, interval?.Lower, interval?.Upper)
        {
            Interval = MeanInterval.KindOf(known.Count, options),
        };
    }

    /// <summary>
    /// The point from the moments of its per-prompt values, for a point over more values than the bootstrap resamples
    /// (<see cref="MeanInterval.KindOf"/> is normal): the same mean and interval as <see cref="Of"/> over the values.
    /// </summary>
    public static ScalingPoint FromMoments(int k, int prompts, double mean, double populationVariance, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (MeanInterval.KindOf(prompts, options) != MeanIntervalKind.Normal)
        {
            throw new ArgumentOutOfRangeException(nameof(prompts), prompts, "A point this small is bootstrapped from its values.");
        }

        var (lower, upper) = MeanInterval.Normal(prompts, mean, populationVariance, options.Level);
        return new ScalingPoint(k, mean, prompts, lower, upper) { Interval = MeanIntervalKind.Normal };
    }
}
