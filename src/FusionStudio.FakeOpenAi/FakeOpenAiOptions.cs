using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.FakeOpenAi;

/// <summary>The fake server's server-wide behaviour. Immutable: change it with <c>server.Configure(server.Options with { … })</c>.</summary>
public sealed record FakeOpenAiOptions
{
    public static IReadOnlyList<string> DefaultModels { get; } =
        ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious", "judge", "fusor"];

    /// <summary>A delay before every chat completion; a header or model directive overrides it per request.</summary>
    public int LatencyMs { get; init; }

    /// <summary>A different delay for the requests whose messages contain a marker: one slow prompt among quick ones.</summary>
    public SlowPromptRule? SlowPrompt { get; init; }

    /// <summary>A fault for every chat completion; a header or model directive overrides it per request.</summary>
    public FaultRule? Fault { get; init; }

    /// <summary>When set, requests without <c>Authorization: Bearer {key}</c> get 401.</summary>
    public string? RequiredApiKey { get; init; }

    /// <summary>What <c>GET /v1/models</c> lists, before the models requested so far.</summary>
    public IReadOnlyList<string> Models { get; init; } = DefaultModels;

    /// <summary>How long the timeout fault holds a request that its client has not abandoned; then 504.</summary>
    public TimeSpan TimeoutHold { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Seeds the draws of probability faults, so a run with faults repeats.</summary>
    public long FaultSeed { get; init; }
}
