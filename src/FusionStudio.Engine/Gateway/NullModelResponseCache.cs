namespace FusionStudio.Engine.Gateway;

/// <summary>No cache: the default until a host registers a real one (the jobs project's EF Core cache).</summary>
public sealed class NullModelResponseCache : IModelResponseCache
{
    public Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<ModelCacheEntry?>(null);

    public Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
