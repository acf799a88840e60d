using System.Collections.Concurrent;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// The process's limiters, one set per provider id, rebuilt when the provider's limits change (an edit in the
/// library takes effect on the next call, without a restart). After a rebuild, calls already running on the old
/// limiter finish outside the new one's count, so for a moment a provider can see a little more than its limit.
/// </summary>
public sealed class ProviderLimiterRegistry : IDisposable
{
    private readonly ConcurrentDictionary<int, ProviderLimiter> _limiters = new();

    /// <summary>The provider's limiter, built or rebuilt for these limits.</summary>
    public ProviderLimiter For(int providerId, ProviderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        while (true)
        {
            if (_limiters.TryGetValue(providerId, out var current))
            {
                if (current.Limits == limits)
                {
                    return current;
                }

                var rebuilt = new ProviderLimiter(limits);
                if (_limiters.TryUpdate(providerId, rebuilt, current))
                {
                    // Callers queued on the old limiter get a failed permit and come back for the new one.
                    current.Dispose();
                    return rebuilt;
                }

                rebuilt.Dispose();
                continue;
            }

            var created = new ProviderLimiter(limits);
            if (_limiters.TryAdd(providerId, created))
            {
                return created;
            }

            created.Dispose();
        }
    }

    /// <summary>Waits for the permits of one attempt against the provider's current limits.</summary>
    public async ValueTask<ProviderLease> AcquireAsync(ProviderEndpoint provider, int estimatedTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        while (true)
        {
            var lease = await For(provider.ProviderId, provider.Limits).AcquireAsync(estimatedTokens, cancellationToken).ConfigureAwait(false);
            if (lease is not null)
            {
                return lease;
            }
        }
    }

    /// <summary>Tells the provider's limiter how an attempt went, so its concurrency adapts.</summary>
    public void Report(ProviderEndpoint provider, bool rateLimited)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var limiter = For(provider.ProviderId, provider.Limits);
        if (rateLimited)
        {
            limiter.Throttled();
        }
        else
        {
            limiter.Succeeded();
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        _limiters.Clear();
    }
}
