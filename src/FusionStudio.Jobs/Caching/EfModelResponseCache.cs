using FusionStudio.Data;
using FusionStudio.Data.Caching;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Caching;

/// <summary>
/// The gateway's response cache in the app's database, so every worker shares it and it survives restarts. One
/// short-lived context per operation.
/// </summary>
public sealed class EfModelResponseCache(IDbContextFactory<FusionDbContext> contextFactory, TimeProvider timeProvider) : IModelResponseCache
{
    public async Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ModelResponseCache.AsNoTracking()
            .Where(e => e.Key == key)
            .Select(e => new ModelCacheEntry(e.ProviderId, e.Model, e.Text, e.InputTokens, e.OutputTokens, e.FinishReason))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Inserts the answer. Two workers can finish the same call at once: the unique key lets one row in and the other
    /// insert fails. That failure is recognised portably (PostgreSQL and SQLite word it differently) by reading the
    /// key back: when the row is there, the answer is stored and the failure is ignored.
    /// </summary>
    public async Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.ModelResponseCache.Add(new ModelResponseCacheEntry
            {
                Key = key,
                ProviderId = entry.ProviderId,
                Model = entry.Model,
                Text = entry.Text,
                InputTokens = entry.InputTokens,
                OutputTokens = entry.OutputTokens,
                FinishReason = entry.FinishReason,
                CreatedAt = timeProvider.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            if (!await ExistsAsync(key, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            // Another caller stored this key first; its answer is as good as ours.
        }
    }

    private async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ModelResponseCache.AnyAsync(e => e.Key == key, cancellationToken).ConfigureAwait(false);
    }
}
