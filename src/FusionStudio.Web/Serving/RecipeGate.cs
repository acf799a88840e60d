using System.Collections.Concurrent;

namespace FusionStudio.Web.Serving;

/// <summary>
/// Counts the requests each recipe is serving in this process and turns away those over its limit, at once rather
/// than queued: a caller told 429 can back off or go elsewhere, one left waiting only times out. With several web
/// processes, each one holds the limit on its own.
/// </summary>
public sealed class RecipeGate
{
    private readonly ConcurrentDictionary<string, StrongBox> _inFlight = new(StringComparer.Ordinal);

    /// <summary>A lease to dispose when the request is answered, or null when the recipe is full.</summary>
    public IDisposable? TryEnter(string recipe, int limit)
    {
        var box = _inFlight.GetOrAdd(recipe, _ => new StrongBox());
        if (Interlocked.Increment(ref box.Count) > limit)
        {
            Interlocked.Decrement(ref box.Count);
            return null;
        }

        return new Lease(box);
    }

    /// <summary>Requests in flight now, per recipe name.</summary>
    public IReadOnlyDictionary<string, int> InFlight() => _inFlight.ToDictionary(p => p.Key, p => Volatile.Read(ref p.Value.Count), StringComparer.Ordinal);

    private sealed class StrongBox
    {
        public int Count;
    }

    private sealed class Lease(StrongBox box) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref box.Count);
            }
        }
    }
}
