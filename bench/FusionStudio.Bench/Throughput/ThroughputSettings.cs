using System.Globalization;

namespace FusionStudio.Bench.Throughput;

/// <summary>The throughput benchmark's command line; every value has the default of the measurement.</summary>
internal sealed record ThroughputSettings(
    int Prompts, int Candidates, int LatencyMs, int Concurrency, int Repeats, bool SkipPromptfoo, string? ProfileDirectory, string? AnalyzeTrace)
{
    public static ThroughputSettings Parse(string[] args)
    {
        string? Text(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
        }

        int Number(string name, int fallback) =>
            Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var profile = Array.IndexOf(args, "--profile") >= 0
            ? Path.GetFullPath(Text("--profile") ?? Path.Combine(Path.GetTempPath(), "fusionstudio-throughput-profile"))
            : null;
        return new ThroughputSettings(
            Number("--prompts", 1000),
            Number("--candidates", 8),
            Number("--latency-ms", 100),
            Number("--concurrency", 64),
            Math.Max(1, Number("--repeats", 2)),
            args.Contains("--no-promptfoo"),
            profile,
            Text("--analyze"));
    }

    /// <summary>The teachers' model names: the fake server's four answer styles, numbered past four.</summary>
    public IReadOnlyList<string> TeacherModels
    {
        get
        {
            string[] styles = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];
            return Enumerable.Range(0, Candidates).Select(i => styles[i % styles.Length] + (i < styles.Length ? "" : $"-{i}")).ToList();
        }
    }
}
