using System.Threading.Channels;
using FusionStudio.Data;
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

    private readonly Channel<PendingLookup> _queue = Channel.CreateUnbounded<PendingLookup>();
    private readonly IDbContextFactory<FusionDbContext> _contexts;
    private readonly Task _reader;

    public CacheLookupBatcher(IDbContextFactory<FusionDbContext> contexts)
    {
        _contexts = contexts;
        _reader = Task.Run(ReadLoopAsync);
    }

    public Task<ModelCacheEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var pending = new PendingLookup(key);
        if (!_queue.Writer.TryWrite(pending))
        {
            return Task.FromResult<ModelCacheEntry?>(null);
        }

        return pending.Found.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _reader.ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<PendingLookup>(MaxKeys);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxKeys && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var found = await QueryAsync(batch.Select(p => p.Key).Distinct().ToList()).ConfigureAwait(false);
                foreach (var pending in batch)
                {
                    pending.Found.TrySetResult(found.GetValueOrDefault(pending.Key));
                }
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Found.TrySetException(exception);
                }
            }
        }
    }

    private async Task<Dictionary<string, ModelCacheEntry>> QueryAsync(List<string> keys)
    {
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        var rows = await db.ModelResponseCache.AsNoTracking()
            .Where(e => keys.Contains(e.Key))
            .Select(e => new { e.Key, Entry = new ModelCacheEntry(e.ProviderId, e.Model, e.Text, e.InputTokens, e.OutputTokens, e.FinishReason) })
            .ToListAsync().ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Entry);
    }

    private sealed class PendingLookup(string key)
    {
        public string Key { get; } = key;

        public TaskCompletionSource<ModelCacheEntry?> Found { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
