using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>
/// The body of <c>POST /_fake/config</c> and <c>GET /_fake/config</c>, for manual demos; it replaces the whole
/// server-wide configuration. The fault is a <see cref="FaultDirective"/>, e.g. <c>"429:2"</c>.
/// </summary>
public sealed class FakeConfigDocument
{
    public int LatencyMs { get; set; }

    public string? Fault { get; set; }

    public bool FaultPerModel { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Write-only: GET never shows it.</summary>
    public string? RequiredApiKey { get; set; }

    public List<string>? Models { get; set; }

    public int? TimeoutHoldMs { get; set; }

    public long FaultSeed { get; set; }

    /// <exception cref="FormatException">The fault does not parse.</exception>
    public FakeOpenAiOptions ToOptions()
    {
        var fault = string.IsNullOrWhiteSpace(Fault)
            ? null
            : FaultDirective.Parse(Fault) with { PerModel = FaultPerModel, RetryAfterSeconds = RetryAfterSeconds };
        var defaults = new FakeOpenAiOptions();
        return defaults with
        {
            LatencyMs = LatencyMs,
            Fault = fault,
            RequiredApiKey = string.IsNullOrEmpty(RequiredApiKey) ? null : RequiredApiKey,
            Models = Models is { Count: > 0 } ? Models : defaults.Models,
            TimeoutHold = TimeoutHoldMs is { } ms ? TimeSpan.FromMilliseconds(ms) : defaults.TimeoutHold,
            FaultSeed = FaultSeed,
        };
    }

    public static FakeConfigDocument From(FakeOpenAiOptions options) => new()
    {
        LatencyMs = options.LatencyMs,
        Fault = options.Fault?.ToString(),
        FaultPerModel = options.Fault?.PerModel ?? false,
        RetryAfterSeconds = options.Fault?.RetryAfterSeconds ?? 1,
        Models = [.. options.Models],
        TimeoutHoldMs = (int)Math.Min(int.MaxValue, options.TimeoutHold.TotalMilliseconds),
        FaultSeed = options.FaultSeed,
    };
}
