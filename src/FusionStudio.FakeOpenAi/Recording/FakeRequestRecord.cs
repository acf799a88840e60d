using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Recording;

/// <summary>One request the fake server received, and what it did with it.</summary>
public sealed record FakeRequestRecord
{
    /// <summary>Arrival order, from 1.</summary>
    public required int Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required FakeRequestKind Kind { get; init; }

    /// <summary>The model exactly as requested, directives included.</summary>
    public string? Model { get; init; }

    /// <summary>The model without directives: the name that picks the answer style.</summary>
    public string? BaseModel { get; init; }

    public IReadOnlyList<SimulationMessage> Messages { get; init; } = [];

    public long? Seed { get; init; }

    public double? Temperature { get; init; }

    public int? MaxTokens { get; init; }

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    /// <summary>Whether an <c>Authorization: Bearer</c> header came (its value is never recorded).</summary>
    public bool HasBearerToken { get; init; }

    /// <summary>The status the server answered with; 499 when the client went away first.</summary>
    public required int StatusCode { get; init; }

    public FaultKind? Fault { get; init; }

    public int LatencyMs { get; init; }

    /// <summary>True when the client cancelled or timed out before the server answered.</summary>
    public bool Aborted { get; init; }
}
