using System.Threading.RateLimiting;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// A provider's concurrency limit that adapts to the provider (AIMD, as TCP does): each rate-limited answer halves the
/// number of calls let through at once (at most once per <see cref="DecreaseInterval"/>, so one burst of 429s counts
/// once), and each successful answer adds 1/limit, so the limit climbs back by about one per round of calls up to the
/// provider's configured maximum. Waiting callers queue, oldest first, without limit.
/// </summary>
public sealed class AdaptiveConcurrencyLimiter : RateLimiter
{
    /// <summary>The least time between two halvings.</summary>
    public static readonly TimeSpan DecreaseInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly TimeProvider _clock;
    private readonly int _max;
    private double _limit;
    private int _inFlight;
    private long _lastDecrease;
    private bool _disposed;

    public AdaptiveConcurrencyLimiter(int maxConcurrency, TimeProvider? clock = null)
    {
        _max = Math.Max(1, maxConcurrency);
        _limit = _max;
        _clock = clock ?? TimeProvider.System;
        _lastDecrease = _clock.GetTimestamp() - (long)(DecreaseInterval.TotalSeconds * _clock.TimestampFrequency);
    }

    /// <summary>Calls let through at once right now.</summary>
    public int CurrentLimit
    {
        get
        {
            lock (_gate)
            {
                return Allowed;
            }
        }
    }

    public override TimeSpan? IdleDuration => null;

    private int Allowed => Math.Max(1, (int)_limit);

    /// <summary>The provider answered 429: let fewer calls through.</summary>
    public void Throttled()
    {
        lock (_gate)
        {
            if (_clock.GetElapsedTime(_lastDecrease) >= DecreaseInterval)
            {
                _limit = Math.Max(1, _limit / 2);
                _lastDecrease = _clock.GetTimestamp();
            }
        }
    }

    /// <summary>The provider answered: let a little more through.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _limit = Math.Min(_max, _limit + (1 / _limit));
            Pump();
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, Allowed - _inFlight), CurrentQueuedCount = _queue.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _queue.Count == 0 && _inFlight < Allowed ? Take() : Refused.Instance;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_queue.Count == 0 && _inFlight < Allowed)
            {
                return ValueTask.FromResult(Take());
            }

            waiter = new Waiter();
            waiter.Node = _queue.AddLast(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Lease.Task);
    }

    protected override void Dispose(bool disposing)
    {
        List<Waiter> refused;
        lock (_gate)
        {
            _disposed = true;
            refused = [.. _queue];
            _queue.Clear();
        }

        foreach (var waiter in refused)
        {
            waiter.Cancellation.Unregister();
            waiter.Lease.TrySetResult(Refused.Instance);
        }
    }

    private RateLimitLease Take()
    {
        _inFlight++;
        return new Granted(this);
    }

    private void Release()
    {
        lock (_gate)
        {
            _inFlight--;
            Pump();
        }
    }

    // Runs under the gate: lets queued callers in while the limit allows, oldest first.
    private void Pump()
    {
        while (_queue.First is { } first && _inFlight < Allowed)
        {
            _queue.RemoveFirst();

            // Unregister, not Dispose: Dispose would wait for a cancellation callback that waits for this gate.
            first.Value.Cancellation.Unregister();
            if (first.Value.Lease.TrySetResult(Take()))
            {
                continue;
            }

            _inFlight--;
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _queue.Remove(waiter.Node);
        }

        waiter.Lease.TrySetCanceled(cancellationToken);
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<RateLimitLease> Lease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    private sealed class Granted(AdaptiveConcurrencyLimiter limiter) : RateLimitLease
    {
        private int _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                limiter.Release();
            }
        }
    }

    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
