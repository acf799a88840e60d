namespace FusionStudio.Bench.Chaos;

/// <summary>
/// A named fault and how it is inflicted on a running cluster. <see cref="Inflict"/> runs beside the run and returns the
/// recovery time after each fault it caused.
/// </summary>
internal sealed record ChaosScenario(string Name, string? ProviderFaults, Func<ChaosCluster, CancellationToken, Task<IReadOnlyList<TimeSpan>>> Inflict)
{
    public static ChaosScenario NoFault { get; } = new("no fault", null, (_, _) => Task.FromResult<IReadOnlyList<TimeSpan>>([]));
}
