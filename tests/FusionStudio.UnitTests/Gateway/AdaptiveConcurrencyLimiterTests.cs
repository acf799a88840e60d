using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class AdaptiveConcurrencyLimiterTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void A_window_of_mostly_rate_limits_halves_the_concurrency_once_and_never_below_one()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(16, _clock);

        OverloadedWindow(limiter);
        Assert.Equal(8, limiter.CurrentLimit);

        // More rate limits within the same window count toward the next one only.
        limiter.Throttled();
        limiter.Throttled();
        Assert.Equal(8, limiter.CurrentLimit);

        for (var i = 0; i < 10; i++)
        {
            OverloadedWindow(limiter);
        }

        Assert.Equal(1, limiter.CurrentLimit);
    }

    [Fact]
    public void A_steady_minority_of_rate_limits_is_noise_and_leaves_the_limit_alone()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(16, _clock);

        // One answer in five a 429, window after window: the provider's noise, which Retry-After handles per call.
        for (var window = 0; window < 20; window++)
        {
            _clock.Advance(AdaptiveConcurrencyLimiter.Window);
            for (var i = 0; i < 10; i++)
            {
                if (i % 5 == 0)
                {
                    limiter.Throttled();
                }
                else
                {
                    limiter.Succeeded();
                }
            }
        }

        Assert.Equal(16, limiter.CurrentLimit);
    }

    [Fact]
    public void Too_few_answers_are_not_judged_however_long_the_window()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(16, _clock);
        _clock.Advance(AdaptiveConcurrencyLimiter.Window * 10);

        for (var i = 0; i < AdaptiveConcurrencyLimiter.MinimumOutcomes - 1; i++)
        {
            limiter.Throttled();
        }

        Assert.Equal(16, limiter.CurrentLimit);
        limiter.Throttled();
        Assert.Equal(8, limiter.CurrentLimit);
    }

    [Fact]
    public void Successes_climb_back_by_about_one_per_round_up_to_the_maximum()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(8, _clock);
        OverloadedWindow(limiter);
        Assert.Equal(4, limiter.CurrentLimit);

        // About one round: as many successes as calls in flight, and a little more.
        for (var i = 0; i < 5; i++)
        {
            limiter.Succeeded();
        }

        Assert.Equal(5, limiter.CurrentLimit);
        for (var i = 0; i < 100; i++)
        {
            limiter.Succeeded();
        }

        Assert.Equal(8, limiter.CurrentLimit);
    }

    [Fact]
    public async Task A_lower_limit_holds_new_calls_until_enough_finish()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(4, _clock);
        var held = new List<System.Threading.RateLimiting.RateLimitLease>();
        for (var i = 0; i < 4; i++)
        {
            held.Add(await limiter.AcquireAsync());
        }

        OverloadedWindow(limiter);
        var waiting = limiter.AcquireAsync().AsTask();
        held[0].Dispose();
        held[1].Dispose();
        Assert.False(waiting.IsCompleted);

        // Two still in flight against a limit of two: one more must finish before the next call goes.
        held[2].Dispose();
        using var granted = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(granted.IsAcquired);
        held[3].Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(1, _clock);
        using var first = await limiter.AcquireAsync();
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(1, cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }

    /// <summary>A window's worth of answers that are all rate limits, after the previous window has run its time.</summary>
    private void OverloadedWindow(AdaptiveConcurrencyLimiter limiter)
    {
        _clock.Advance(AdaptiveConcurrencyLimiter.Window);
        for (var i = 0; i < AdaptiveConcurrencyLimiter.MinimumOutcomes; i++)
        {
            limiter.Throttled();
        }
    }
}
