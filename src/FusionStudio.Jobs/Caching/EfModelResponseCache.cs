using FusionStudio.Data;
using FusionStudio.Data.Caching;
using FusionStudio.Data.Writes;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Caching;

/// <summary>
/// The gateway's response cache in the app's database, so every worker shares it and it survives restarts. Lookups
/// and stores are batched with those of other calls in flight (<see cref="CacheLookupBatcher"/>,
/// <see cref="InsertBatcher"/>), so the cache costs a fraction of a round trip per call.
/// </summary>
public sealed class EfModelResponseCache : IModelResponseCache, IAsyncDisposable
{
    private readonly CacheLookupBatcher _lookups;
    private readonly InsertBatcher _inserts;
    private readonly TimeProvider _timeProvider;

    public EfModelResponseCache(IDbContextFactory<FusionDbContext> contextFactory, InsertBatcher inserts, TimeProvider timeProvider)
    {
        _lookups = new CacheLookupBatcher(contextFactory);
        _inserts = inserts;
        _timeProvider = timeProvider;
    }

    public Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _lookups.FindAsync(key, cancellationToken);
    }

    /// <summary>
    /// Inserts the answer. Two workers can finish the same call at once: the unique key lets one row in and refuses
    /// the other, whose answer is as good as the stored one.
    /// </summary>
    public async Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(entry);
        await _inserts.InsertAsync(
            new ModelResponseCacheEntry
            {
                Key = key,
                ProviderId = entry.ProviderId,
                Model = entry.Model,
                Text = entry.Text,
                InputTokens = entry.InputTokens,
                OutputTokens = entry.OutputTokens,
                FinishReason = entry.FinishReason,
                CreatedAt = _timeProvider.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _lookups.DisposeAsync();
}
