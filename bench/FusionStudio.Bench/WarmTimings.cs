using System.Diagnostics;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.Bench;

/// <summary>Times one load: once cold, then warm a number of times, and prints the cold time, warm median and p95.</summary>
internal static class WarmTimings
{
    public static async Task<IReadOnlyList<double>> MeasureAsync(string name, int repetitions, Func<Task> load)
    {
        var clock = Stopwatch.StartNew();
        await load();
        var cold = clock.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            clock.Restart();
            await load();
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  {name,-26} cold {cold,7:0.0} ms  warm median {Median(warm),7:0.0} ms  p95 {Percentile(warm, 0.95),7:0.0} ms");
        return warm;
    }

    public static double Median(IEnumerable<double> values) => Percentile(values.ToList(), 0.5);

    public static double Percentile(IReadOnlyCollection<double> values, double q) => SortedQuantile.Of(values.Order().ToList(), q);
}
