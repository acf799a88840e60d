using System.Diagnostics.CodeAnalysis;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Gateway;

/// <summary>The outcome of a model call: an answer with its usage, or why there is none.</summary>
public sealed record ModelCallResult
{
    /// <summary>The answer; null when the call failed.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Tokens, latency, cost, finish reason, cache hit. On success the latency is the answering attempt's (queueing
    /// and retries excluded; see <see cref="Elapsed"/>); on failure it is the whole call's and there are no tokens.
    /// </summary>
    public required ModelCallUsage Usage { get; init; }

    /// <summary>Null on success.</summary>
    public FailureKind? FailureKind { get; init; }

    /// <summary>A short reason for people, e.g. "HTTP 429 rate limited after 5 attempts"; null on success.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Requests sent to the provider; 0 for a cache hit.</summary>
    public int Attempts { get; init; }

    /// <summary>The whole call: cache lookup, queueing behind the provider's limits, every attempt and backoff.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// The call's row for the call log, not yet stored: whoever stores the result stores this with it, in the same
    /// transaction. Set by the gateway.
    /// </summary>
    public ModelCall Call { get; init; } = new();

    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => FailureKind is null;

    public static ModelCallResult Success(string text, ModelCallUsage usage, int attempts, TimeSpan elapsed) =>
        new() { Text = text, Usage = usage, Attempts = attempts, Elapsed = elapsed };

    public static ModelCallResult Failure(FailureKind kind, string reason, int attempts, TimeSpan elapsed) => new()
    {
        FailureKind = kind,
        FailureReason = reason,
        Usage = new ModelCallUsage { LatencyMs = ToMilliseconds(elapsed) },
        Attempts = attempts,
        Elapsed = elapsed,
    };

    internal static int ToMilliseconds(TimeSpan duration) => (int)Math.Min(int.MaxValue, Math.Round(duration.TotalMilliseconds));
}
