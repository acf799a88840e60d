using System.Collections.Concurrent;

namespace FusionStudio.Data.RunChanges;

/// <summary>
/// The pages of this process that follow a run. A page subscribes to its run after its first render and disposes the
/// subscription with itself; the notices come from <see cref="IRunChangeTransport"/>s, whichever process wrote the change.
/// </summary>
public sealed class RunChangeFeed
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Subscription, byte>> _subscriptions = new();

    /// <summary>Calls <paramref name="changed"/> whenever run <paramref name="runId"/> moves, until the result is disposed.</summary>
    public IDisposable Subscribe(int runId, Action changed)
    {
        var subscription = new Subscription(this, runId, changed);
        _subscriptions.GetOrAdd(runId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>Tells the subscribers of each run.</summary>
    public void Deliver(IEnumerable<int> runIds)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        foreach (var runId in runIds.Distinct())
        {
            if (_subscriptions.TryGetValue(runId, out var subscribers))
            {
                Notify(subscribers.Keys);
            }
        }
    }

    /// <summary>Tells every subscriber: notices may have been missed (a lost connection to the database).</summary>
    public void DeliverAll() => Notify(_subscriptions.Values.SelectMany(s => s.Keys));

    private static void Notify(IEnumerable<Subscription> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            // A subscriber only schedules its own refresh; one that throws must not keep the notice from the others.
            try
            {
                subscriber.Changed();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private sealed class Subscription(RunChangeFeed feed, int runId, Action changed) : IDisposable
    {
        public Action Changed { get; } = changed;

        public void Dispose()
        {
            if (feed._subscriptions.TryGetValue(runId, out var subscribers))
            {
                subscribers.TryRemove(this, out _);
            }
        }
    }
}
