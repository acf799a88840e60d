using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// A seeded percentile bootstrap of a mean over prompts (a scaling-curve point, a paired difference between two
/// runs): prompts are resampled with replacement, at the report's resample count and level.
/// </summary>
public static class MeanInterval
{
    /// <summary>Null for no values; a single value is its own interval.</summary>
    public static (double Lower, double Upper)? Of(IReadOnlyList<double> values, ulong seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        if (values.Count == 0)
        {
            return null;
        }

        var random = new StableRandom(seed);
        var means = new double[options.Resamples];
        for (var r = 0; r < means.Length; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[random.NextInt(values.Count)];
            }

            means[r] = sum / values.Count;
        }

        Array.Sort(means);
        var tail = (1 - options.Level) / 2;
        return (SortedQuantile.Of(means, tail), SortedQuantile.Of(means, 1 - tail));
    }
}
