namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Stored answers by <see cref="ModelCacheKey"/>, so a repeated call (same provider, model, messages, settings and
/// sample index) costs nothing. Only successful answers are stored. Implementations must tolerate two callers
/// storing the same key at once.
/// </summary>
public interface IModelResponseCache
{
    Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores an answer; when the key is already there, keeps the stored one.</summary>
    Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default);
}
