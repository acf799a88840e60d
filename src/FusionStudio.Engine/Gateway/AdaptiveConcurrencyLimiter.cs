using System.Threading.RateLimiting;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// A provider's concurrency limit that adapts to the provider (AIMD, as TCP does). Answers are counted per window of at
/// least <see cref="Window"/> and <see cref="MinimumOutcomes"/> answers; a window in which more than
/// <see cref="OverloadShare"/> of the answers were rate limits halves the number of calls let through at once, and each
/// successful answer adds 1/limit, so the limit climbs back by about one per round of calls up to the provider's
/// configured maximum. A smaller share of 429s is not overload but the provider's noise: each such call already waits
/// what its <c>Retry-After</c> asks, and halving for it would keep a healthy provider near one call at a time.
/// Waiting callers queue, oldest first, without limit.
/// </summary>
public sealed class AdaptiveConcurrencyLimiter : RateLimiter
{
    /// <summary>The least time over which the share of rate limits is judged, and so between two halvings.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>The least answers a window needs before its share of rate limits means anything.</summary>
    public const int MinimumOutcomes = 6;

    /// <summary>The share of rate-limited answers in a window above which the provider counts as overloaded.</summary>
    public const double OverloadShare = 1.0 / 3;

    private readonly Lock _gate = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly TimeProvider _clock;
    private readonly int _max;
    private double _limit;
    private int _inFlight;
    private long _windowStart;
    private int _windowThrottled;
    private int _windowAnswered;
    private bool _disposed;

    public AdaptiveConcurrencyLimiter(int maxConcurrency, TimeProvider? clock = null)
    {
        _max = Math.Max(1, maxConcurrency);
        _limit = _max;
        _clock = clock ?? TimeProvider.System;
        _windowStart = _clock.GetTimestamp();
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

    /// <summary>The provider answered 429: counts toward the window's share of rate limits.</summary>
    public void Throttled()
    {
        lock (_gate)
        {
            _windowThrottled++;
            CloseWindowIfDue();
        }
    }

    /// <summary>The provider answered: let a little more through.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _windowAnswered++;
            _limit = Math.Min(_max, _limit + (1 / _limit));
            CloseWindowIfDue();
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

    // Runs under the gate: judges a window once it is long enough and has enough answers, then starts the next.
    private void CloseWindowIfDue()
    {
        var outcomes = _windowThrottled + _windowAnswered;
        if (outcomes < MinimumOutcomes || _clock.GetElapsedTime(_windowStart) < Window)
        {
            return;
        }

        if (_windowThrottled > OverloadShare * outcomes)
        {
            _limit = Math.Max(1, _limit / 2);
        }

        _windowStart = _clock.GetTimestamp();
        _windowThrottled = 0;
        _windowAnswered = 0;
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
