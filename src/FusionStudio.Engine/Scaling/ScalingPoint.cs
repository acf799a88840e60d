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
}
