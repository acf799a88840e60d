using System.Collections.Concurrent;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi;

/// <summary>What the endpoints share: the current options, the fault counters, the request log.</summary>
internal sealed class FakeServerState(FakeOpenAiOptions options, TimeProvider timeProvider)
{
    private FakeOpenAiOptions _options = options;
    private int _sequence;

    public FakeOpenAiOptions Options => Volatile.Read(ref _options);

    public FakeRequestLog Log { get; } = new();

    public FaultCounters FaultCounters { get; } = new();

    public SyntheticChatResponder Responder { get; } = new();

    public TimeProvider Time { get; } = timeProvider;

    /// <summary>Base models requested so far, listed by <c>GET /v1/models</c> after the configured ones.</summary>
    public ConcurrentDictionary<string, bool> RequestedModels { get; } = new(StringComparer.Ordinal);

    /// <summary>Replaces the options; counts of "first K" faults start again.</summary>
    public void Configure(FakeOpenAiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Volatile.Write(ref _options, options);
        FaultCounters.Reset();
    }

    public int NextSequence() => Interlocked.Increment(ref _sequence);
}
