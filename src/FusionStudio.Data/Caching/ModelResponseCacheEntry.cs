namespace FusionStudio.Data.Caching;

/// <summary>
/// A stored model answer, found by the gateway's cache key (a SHA-256 of provider, model, messages, settings and
/// sample index; never the API key). Only successful answers are stored; a row is never updated.
/// </summary>
public sealed class ModelResponseCacheEntry
{
    public const int KeyLength = 64;

    public long Id { get; set; }

    /// <summary>64 lowercase hex digits; unique.</summary>
    public required string Key { get; set; }

    /// <summary>For clearing a provider's entries; not a foreign key, the cache is disposable data.</summary>
    public int ProviderId { get; set; }

    public required string Model { get; set; }

    public required string Text { get; set; }

    public int InputTokens { get; set; }

    public int OutputTokens { get; set; }

    public string? FinishReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
