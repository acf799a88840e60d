using System.Globalization;

namespace FusionStudio.Bench;

internal sealed record BenchArguments(string Benchmark, int Prompts, int Candidates, int LatencyMs, int Concurrency)
{
    public static BenchArguments Parse(string[] args)
    {
        int Number(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchArguments(
            args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "pipeline",
            Number("--prompts", 200),
            Number("--candidates", 4),
            Number("--latency-ms", 100),
            Number("--concurrency", 32));
    }

    public static int Usage()
    {
        Console.Error.WriteLine("usage: FusionStudio.Bench pipeline [--prompts N] [--candidates N] [--latency-ms N] [--concurrency N]");
        return 2;
    }
}
