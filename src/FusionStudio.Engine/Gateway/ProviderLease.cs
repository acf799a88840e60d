using System.Threading.RateLimiting;

namespace FusionStudio.Engine.Gateway;

/// <summary>The permits one attempt holds; disposing it frees the concurrency slot (rate permits are spent).</summary>
public sealed class ProviderLease(IReadOnlyList<RateLimitLease> leases) : IDisposable
{
    public void Dispose()
    {
        foreach (var lease in leases)
        {
            lease.Dispose();
        }
    }
}
