using System.Threading.RateLimiting;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// One provider's limiters: concurrency (adaptive, see <see cref="AdaptiveConcurrencyLimiter"/>), and when set requests
/// per minute and tokens per minute. All of them queue
/// (never reject), oldest first. Shared by every call to the provider in this process; see <see cref="ProviderLimiterRegistry"/>.
/// </summary>
public sealed class ProviderLimiter : IDisposable
{
    private readonly AdaptiveConcurrencyLimiter _concurrency;
    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private volatile bool _disposed;

    public ProviderLimiter(ProviderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        _concurrency = new AdaptiveConcurrencyLimiter(limits.MaxConcurrency);
        _requests = limits.RequestsPerMinute is > 0 and var rpm ? PerMinute(rpm) : null;
        _tokens = limits.TokensPerMinute is > 0 and var tpm ? PerMinute(tpm) : null;
    }

    public ProviderLimits Limits { get; }

    public bool IsDisposed => _disposed;

    /// <summary>Calls let through at once right now: the configured maximum, or less while the provider rate-limits.</summary>
    public int CurrentConcurrency => _concurrency.CurrentLimit;

    /// <summary>The provider answered 429: fewer calls at once.</summary>
    public void Throttled() => _concurrency.Throttled();

    /// <summary>The provider answered: a little more at once, back up to the maximum.</summary>
    public void Succeeded() => _concurrency.Succeeded();

    /// <summary>
    /// Waits for a request slot, the estimated tokens and a concurrency slot, in that order (so no concurrency slot
    /// is held while waiting for the rate). Null when this limiter was replaced while waiting: ask the registry again.
    /// </summary>
    /// <param name="estimatedTokens">Prompt plus maximum answer; capped at the tokens-per-minute limit so a big call still runs.</param>
    public async ValueTask<ProviderLease?> AcquireAsync(int estimatedTokens, CancellationToken cancellationToken)
    {
        var leases = new List<RateLimitLease>(3);
        try
        {
            if (_requests is not null && !await AcquireAsync(_requests, 1, leases, cancellationToken).ConfigureAwait(false))
            {
                return Failed(leases);
            }

            if (_tokens is not null)
            {
                var permits = Math.Clamp(estimatedTokens, 1, Limits.TokensPerMinute!.Value);
                if (!await AcquireAsync(_tokens, permits, leases, cancellationToken).ConfigureAwait(false))
                {
                    return Failed(leases);
                }
            }

            return await AcquireAsync(_concurrency, 1, leases, cancellationToken).ConfigureAwait(false)
                ? new ProviderLease(leases)
                : Failed(leases);
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            return Failed(leases);
        }
        catch
        {
            leases.ForEach(lease => lease.Dispose());
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _concurrency.Dispose();
        _requests?.Dispose();
        _tokens?.Dispose();
    }

    private static async ValueTask<bool> AcquireAsync(
        RateLimiter limiter, int permits, List<RateLimitLease> leases, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(permits, cancellationToken).ConfigureAwait(false);
        leases.Add(lease);
        return lease.IsAcquired;
    }

    private ProviderLease? Failed(List<RateLimitLease> leases)
    {
        leases.ForEach(lease => lease.Dispose());

        // Queues are unbounded, so only a replaced (disposed) limiter refuses; anything else is a bug worth seeing.
        return _disposed ? null : throw new InvalidOperationException("A provider limiter refused a permit although its queue is unbounded.");
    }

    /// <summary>
    /// A bucket that holds a minute's worth and refills evenly: <paramref name="perMinute"/> / 60 a second, or one
    /// permit every 60 / <paramref name="perMinute"/> seconds when that is less than one a second.
    /// </summary>
    private static TokenBucketRateLimiter PerMinute(int perMinute)
    {
        var perPeriod = Math.Max(1, perMinute / 60);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * perPeriod / perMinute,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
