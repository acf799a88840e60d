using System.Globalization;

namespace FusionStudio.Bench.Throughput;

/// <summary>Prints the measurements as one Markdown table, then the spread of the repeats.</summary>
internal static class ThroughputTable
{
    public static void Print(IReadOnlyList<ThroughputMeasurement> measurements, ThroughputSettings settings)
    {
        Console.WriteLine();
        Console.WriteLine("| # | work | tool | calls | wall s | ideal s | efficiency | × promptfoo | tool CPU ms/call | of it JIT ms/call | PostgreSQL CPU ms/call | fake server CPU ms/call | DB commands/call | EF queries + saves/call | peak RSS MB | outcome |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var m in measurements)
        {
            var promptfoo = measurements.FirstOrDefault(p => p.Repeat == m.Repeat && p.Tool == PromptfooTarget.Tool && p.Work == m.Work);
            string[] cells =
            [
                Invariant($"{m.Repeat}"),
                Describe(m.Work, settings),
                m.Tool,
                Invariant($"{m.Calls:N0}"),
                Invariant($"{m.Wall.TotalSeconds:0.0}"),
                Invariant($"{m.Ideal(settings).TotalSeconds:0.0}"),
                Invariant($"{m.Efficiency(settings):0.00}"),
                promptfoo is null ? "—" : Invariant($"{promptfoo.Wall / m.Wall:0.00}"),
                Invariant($"{m.PerCall(m.ToolCpu):0.00}"),
                m.JitTime is { } jit ? Invariant($"{m.PerCall(jit):0.00}") : "—",
                m.PostgresCpu is { } pg ? Invariant($"{m.PerCall(pg):0.00}") : "—",
                Invariant($"{m.PerCall(m.FakeServerCpu):0.00}"),
                m.Database is { } db ? Invariant($"{m.PerCall(db.Commands):0.00}") : "—",
                m.Database is { } ef ? Invariant($"{m.PerCall(ef.EfQueries + ef.EfSaves):0.00}") : "—",
                Invariant($"{m.PeakRssBytes / 1048576.0:0}"),
                m.Outcome,
            ];
            Console.WriteLine($"| {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine("Spread over the repeats (min–max):");
        foreach (var group in measurements.GroupBy(m => (m.Work, m.Tool)))
        {
            Console.WriteLine(
                $"  {Describe(group.Key.Work, settings)}, {group.Key.Tool}: wall {Range(group, m => m.Wall.TotalSeconds, "0.0")} s, "
                + $"efficiency {Range(group, m => m.Efficiency(settings), "0.00")}, tool CPU {Range(group, m => m.PerCall(m.ToolCpu), "0.00")} ms/call, "
                + $"peak RSS {Range(group, m => m.PeakRssBytes / 1048576.0, "0")} MB");
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"ideal = calls × {settings.LatencyMs} ms ÷ concurrency {settings.Concurrency}; efficiency = ideal ÷ wall; × promptfoo = promptfoo's wall ÷ this wall, same repeat."));
        Console.WriteLine("tool CPU: FusionStudio = this process (the app with its workers, plus the bench's own polling and sampling); promptfoo = its node processes.");
        Console.WriteLine("of it JIT: the time this process spent compiling methods during the repeat (the first repeat tiers the hot paths up).");
        Console.WriteLine("PostgreSQL CPU: all server processes, ended backends included. DB commands: every command Npgsql sent (EF Core's and Hangfire's); EF: queries + SaveChanges.");
        Console.WriteLine("The machine may be shared with other work: compare the spread, not a single row.");
    }

    public static string Describe(ThroughputWork work, ThroughputSettings settings) => work switch
    {
        ThroughputWork.Generation => Invariant($"generate {settings.Prompts:N0} × {settings.Candidates}"),
        _ => Invariant($"full pipeline {settings.Prompts:N0} × {settings.Candidates} + BoN + FusioN + 1 pair"),
    };

    private static string Range(IEnumerable<ThroughputMeasurement> group, Func<ThroughputMeasurement, double> value, string format)
    {
        var values = group.Select(value).ToList();
        var (low, high) = (values.Min().ToString(format, CultureInfo.InvariantCulture), values.Max().ToString(format, CultureInfo.InvariantCulture));
        return low == high ? low : $"{low}–{high}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
