using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Percentile bootstrap of a win rate: prompts are resampled with replacement, each prompt keeping all its verdicts
/// (several reviewers of one prompt stay together), and the pooled rate (wins + ½ ties) / verdicts is read off every
/// resample. Prompts with the same counts are interchangeable, so a resample is a multinomial draw over the distinct
/// counts — exact, and cheap at 100,000 prompts. Seeded: the same prompts and seed give the same interval.
/// </summary>
public static class ClusterBootstrap
{
    public static ConfidenceInterval? PercentileInterval(IEnumerable<OutcomeCounts> prompts, ulong seed, BootstrapOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        var shapes = prompts.Where(p => p.Total > 0)
            .GroupBy(p => p)
            .Select(g => (Counts: g.Key, Prompts: g.Count()))
            .OrderBy(s => s.Counts.Wins).ThenBy(s => s.Counts.Ties).ThenBy(s => s.Counts.Losses)
            .ToArray();
        var n = shapes.Sum(s => s.Prompts);
        if (n == 0)
        {
            return null;
        }

        var sampler = new BinomialSampler(new StableRandom(seed));
        var rates = new double[options.Resamples];
        for (var r = 0; r < rates.Length; r++)
        {
            rates[r] = Resample(shapes, n, sampler);
        }

        Array.Sort(rates);
        var tail = (1 - options.Level) / 2;
        return new ConfidenceInterval(Quantile(rates, tail), Quantile(rates, 1 - tail));
    }

    /// <summary>Linear interpolation between order statistics (the common "type 7" quantile).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var h = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private static double Resample((OutcomeCounts Counts, int Prompts)[] shapes, int n, BinomialSampler sampler)
    {
        var remaining = n;
        var mass = n;
        long halfPoints = 0;
        long verdicts = 0;
        for (var k = 0; k < shapes.Length && remaining > 0; k++)
        {
            var (counts, prompts) = shapes[k];
            var drawn = k == shapes.Length - 1 ? remaining : sampler.Sample(remaining, (double)prompts / mass);
            mass -= prompts;
            remaining -= drawn;
            halfPoints += (long)drawn * ((2 * counts.Wins) + counts.Ties);
            verdicts += (long)drawn * counts.Total;
        }

        return halfPoints / (2.0 * verdicts);
    }
}
