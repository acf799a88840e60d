using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class AdaptiveConcurrencyLimiterTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Rate_limits_halve_the_concurrency_once_per_burst_and_never_below_one()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(16, _clock);

        limiter.Throttled();
        limiter.Throttled();
        Assert.Equal(8, limiter.CurrentLimit);

        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(AdaptiveConcurrencyLimiter.DecreaseInterval);
            limiter.Throttled();
        }

        Assert.Equal(1, limiter.CurrentLimit);
    }

    [Fact]
    public void Successes_climb_back_by_about_one_per_round_up_to_the_maximum()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(8, _clock);
        limiter.Throttled();
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

        limiter.Throttled();
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
}
