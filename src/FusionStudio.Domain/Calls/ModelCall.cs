using FusionStudio.Domain.Runs;

namespace FusionStudio.Domain.Calls;

/// <summary>
/// One model call that reached the gateway (a cache hit too), or one imported from a model log: the call log. Every
/// figure about spending — counters, cost per method, cache hits, errors by reason — is a query over these rows,
/// and the prompt page shows them as a trace. The row that a call produced (candidate, score, aggregate or
/// comparison) is stored in the same transaction and named here; a call whose result was dropped (another worker
/// stored it first) keeps no link but stays in the log, because it was paid for.
/// </summary>
public sealed class ModelCall
{
    public long Id { get; set; }

    public ModelCallPurpose Purpose { get; set; }

    public int? RunId { get; set; }

    /// <summary>The dataset prompt the call served.</summary>
    public long? PromptId { get; set; }

    /// <summary>The teacher that answered: a generating teacher, the judge or the fusor.</summary>
    public int? TeacherId { get; set; }

    /// <summary>The pinned template version the messages were rendered from (judge or fusor prompts).</summary>
    public int? TemplateVersionId { get; set; }

    public int? ProviderId { get; set; }

    public string Model { get; set; } = "";

    /// <summary>Which sample (or judge re-ask) this was: part of the cache key.</summary>
    public int SampleIndex { get; set; }

    public long? CandidateId { get; set; }

    public long? ScoreId { get; set; }

    public long? AggregateId { get; set; }

    public long? ComparisonId { get; set; }

    /// <summary>The Mixture-of-Agents layer answer a proposer call wrote.</summary>
    public long? LayerAnswerId { get; set; }
    /// <summary>
    /// The thought template set a summarizer call wrote for (its <see cref="PromptId"/> is the past query); kept when
    /// the call's template was dropped as a duplicate, so the set's cost counts every paid call.
    /// </summary>
    public int? ThoughtTemplateSetId { get; set; }

    public long? ThoughtTemplateId { get; set; }

    /// <summary>Requests sent to the provider: 0 for a cache hit, more than 1 when transient faults were retried.</summary>
    public int Attempts { get; set; }

    /// <summary>Tokens, cost (0 for a cache hit), latency of the answering attempt, finish reason, cache hit.</summary>
    public ModelCallUsage Usage { get; set; } = new();

    /// <summary>Null when the call succeeded.</summary>
    public FailureKind? ErrorKind { get; set; }

    /// <summary>Why the call failed, for people; never contains a key.</summary>
    public string? Error { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>The messages sent, as compressed JSON (see the engine's call body codec).</summary>
    public byte[]? Request { get; set; }

    /// <summary>The answer's text exactly as received, compressed; null when there was none.</summary>
    public byte[]? Response { get; set; }

    public bool Succeeded => ErrorKind is null && Error is null;
}
