using System.Collections.Concurrent;

namespace FusionStudio.Engine.Gateway;

/// <summary>A process-local cache without eviction: for tests and short-lived tools, not for a server.</summary>
public sealed class InMemoryModelResponseCache : IModelResponseCache
{
    private readonly ConcurrentDictionary<string, ModelCacheEntry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.GetValueOrDefault(key));

    public Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default)
    {
        _entries.TryAdd(key, entry);
        return Task.CompletedTask;
    }
}
