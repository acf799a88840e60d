using System.Globalization;

namespace FusionStudio.Bench;

internal sealed record BenchArguments(string Benchmark, int Prompts, int Candidates, int LatencyMs, int Concurrency, string? Scenario)
{
    public static BenchArguments Parse(string[] args)
    {
        int Number(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var scenario = Array.IndexOf(args, "--scenario");
        var benchmark = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "pipeline";
        return new BenchArguments(
            benchmark,
            Number("--prompts", 200),
            // The report's case is the issue's: 100,000 prompts × 8 candidates.
            Number("--candidates", benchmark == "report" ? 8 : 4),
            Number("--latency-ms", 100),
            Number("--concurrency", 32),
            scenario >= 0 && scenario + 1 < args.Length ? args[scenario + 1] : null);
    }

    public static int Usage()
    {
        Console.Error.WriteLine("usage: FusionStudio.Bench pipeline|chaos [--prompts N] [--candidates N] [--latency-ms N] [--concurrency N] [--scenario NAME]");
        return 2;
    }
}
