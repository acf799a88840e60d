using FusionStudio.Data;
using FusionStudio.Data.Writes;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Caching;

/// <summary>
/// Looks up many cache keys in one query: the lookups asked for while a query is in flight go together in the next.
/// A cold cache then costs one round trip per batch of calls, not one per call.
/// </summary>
internal sealed class CacheLookupBatcher : IAsyncDisposable
{
    private const int MaxKeys = 500;

    // Compiled: a run asks it for most of its calls, and a compiled query skips rebuilding its parameters each time.
    private static readonly PerModelCompiledQuery<Func<FusionDbContext, List<string>, IAsyncEnumerable<FoundEntry>>> s_lookup =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, List<string> keys) => db.ModelResponseCache.AsNoTracking()
            .Where(e => keys.Contains(e.Key))
            .Select(e => new FoundEntry(e.Key, new ModelCacheEntry(e.ProviderId, e.Model, e.Text, e.InputTokens, e.OutputTokens, e.FinishReason)))));

    private readonly IDbContextFactory<FusionDbContext> _contexts;
    private readonly BatchingQueue<PendingLookup> _queue;

    public CacheLookupBatcher(IDbContextFactory<FusionDbContext> contexts)
    {
        _contexts = contexts;
        _queue = new BatchingQueue<PendingLookup>(MaxKeys, readers: 1, LookUpAsync, (pending, exception) => pending.Found.TrySetException(exception));
    }

    public Task<ModelCacheEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var pending = new PendingLookup(key);
        return _queue.TryAdd(pending) ? pending.Found.Task.WaitAsync(cancellationToken) : Task.FromResult<ModelCacheEntry?>(null);
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private async Task LookUpAsync(List<PendingLookup> batch)
    {
        var keys = batch.Select(p => p.Key).Distinct().ToList();
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        var found = await s_lookup.For(db)(db, keys).ToDictionaryAsync(e => e.Key, e => e.Entry, StringComparer.Ordinal).ConfigureAwait(false);
        foreach (var pending in batch)
        {
            pending.Found.TrySetResult(found.GetValueOrDefault(pending.Key));
        }
    }

    private sealed record FoundEntry(string Key, ModelCacheEntry Entry);

    private sealed class PendingLookup(string key)
    {
        public string Key { get; } = key;

        public TaskCompletionSource<ModelCacheEntry?> Found { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
