using FusionStudio.Jobs.Runs;

namespace FusionStudio.Bench.Chaos;

/// <summary>The run every scenario repeats and the cluster it runs on.</summary>
internal sealed record ChaosSettings
{
    public int Prompts { get; init; } = 300;

    public int Teachers { get; init; } = 4;

    public int Workers { get; init; } = 2;

    public int BatchSize { get; init; } = 50;

    /// <summary>Prompts a worker process advances at once: the product's default, so faults meet the overlap a real run has.</summary>
    public int PromptConcurrency { get; init; } = new RunOptions().PromptConcurrency;

    public int LatencyMs { get; init; } = 50;

    public int ProviderConcurrency { get; init; } = 32;

    /// <summary>The per-attempt timeout the workers give a provider: the storm's timeouts are held past it.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest a scenario may take before it counts as not completed.</summary>
    public TimeSpan RunPatience { get; init; } = TimeSpan.FromMinutes(15);
}
