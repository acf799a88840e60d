namespace FusionStudio.Bench.Throughput;

/// <summary>
/// One timed pass of one tool over one kind of work. <see cref="ToolCpu"/> is the CPU of the tool's own process
/// (FusionStudio: this process, with the bench's polling; promptfoo: its node processes). <see cref="JitTime"/> is the
/// part of FusionStudio's that the JIT spent compiling (tiering up included); null for promptfoo.
/// </summary>
internal sealed record ThroughputMeasurement(
    int Repeat,
    ThroughputWork Work,
    string Tool,
    TimeSpan Wall,
    int Calls,
    TimeSpan ToolCpu,
    TimeSpan? PostgresCpu,
    TimeSpan FakeServerCpu,
    DatabaseCounts? Database,
    long PeakRssBytes,
    string Outcome,
    TimeSpan? JitTime = null)
{
    public TimeSpan Ideal(ThroughputSettings settings) =>
        TimeSpan.FromMilliseconds((double)Calls * settings.LatencyMs / settings.Concurrency);

    public double Efficiency(ThroughputSettings settings) => Ideal(settings) / Wall;

    public double PerCall(TimeSpan cpu) => Calls == 0 ? double.NaN : cpu.TotalMilliseconds / Calls;

    public double PerCall(long count) => Calls == 0 ? double.NaN : (double)count / Calls;
}
