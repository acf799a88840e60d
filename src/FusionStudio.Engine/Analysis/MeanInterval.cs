using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// The interval of a mean over prompts (a scaling-curve point, a paired difference between two runs): a seeded
/// percentile bootstrap — prompts resampled with replacement, at the report's resample count and level — up to
/// <see cref="BootstrapOptions.MaxResampledValues"/> values; above it the normal interval of the mean, which the
/// bootstrap converges to at that size, so 100,000 prompts cost one pass instead of 200 million draws.
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

        return KindOf(values.Count, options) == MeanIntervalKind.Normal ? NormalInterval(values, options.Level) : Bootstrap(values, seed, options);
    }

    public static MeanIntervalKind KindOf(int values, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return values > options.MaxResampledValues ? MeanIntervalKind.Normal : MeanIntervalKind.PercentileBootstrap;
    }

    /// <summary>What a page says about the interval it shows, e.g. "95% bootstrap interval".</summary>
    public static string Describe(MeanIntervalKind kind, double level)
    {
        var percent = $"{level * 100:0.#}%";
        return kind == MeanIntervalKind.Normal
            ? $"{percent} normal interval of the mean (mean ± z·s/√n)"
            : $"{percent} percentile bootstrap interval";
    }

    private static (double Lower, double Upper) Bootstrap(IReadOnlyList<double> values, ulong seed, BootstrapOptions options)
    {
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

    /// <summary>
    /// The normal interval from a mean's moments alone (count, mean and variance dividing by n), so a database that
    /// sums the values can give it without handing them over; the same interval as <see cref="Of"/> above the limit.
    /// </summary>
    public static (double Lower, double Upper) Normal(int count, double mean, double populationVariance, double level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        // The bootstrap resamples the empirical distribution, whose variance divides by n, not n − 1.
        var half = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2)) * Math.Sqrt(Math.Max(0, populationVariance) / count);
        return (mean - half, mean + half);
    }

    private static (double Lower, double Upper) NormalInterval(IReadOnlyList<double> values, double level)
    {
        var n = values.Count;
        var mean = 0.0;
        foreach (var value in values)
        {
            mean += value;
        }

        mean /= n;
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return Normal(n, mean, squares / n, level);
    }
}
