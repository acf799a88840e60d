using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class ProviderLimiterRegistryTests : IDisposable
{
    // Long enough to be sure a queued acquisition is really waiting, short enough to keep the suite quick.
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(150);

    private readonly ProviderLimiterRegistry _registry = new();

    public void Dispose() => _registry.Dispose();

    [Fact]
    public void Same_limits_share_one_limiter_per_provider()
    {
        var limits = new ProviderLimits(4, 60, 10_000);

        var first = _registry.For(1, limits);

        Assert.Same(first, _registry.For(1, limits with { }));
        Assert.NotSame(first, _registry.For(2, limits));
    }

    [Fact]
    public void Changed_limits_rebuild_the_limiter_and_retire_the_old_one()
    {
        var old = _registry.For(1, new ProviderLimits(4));

        var rebuilt = _registry.For(1, new ProviderLimits(4, RequestsPerMinute: 120));

        Assert.NotSame(old, rebuilt);
        Assert.True(old.IsDisposed);
        Assert.Equal(new ProviderLimits(4, 120), rebuilt.Limits);
        Assert.Same(rebuilt, _registry.For(1, new ProviderLimits(4, 120)));
    }

    [Fact]
    public async Task Concurrency_limit_queues_the_extra_call_until_a_slot_frees()
    {
        var provider = Endpoint(new ProviderLimits(2));
        var first = await _registry.AcquireAsync(provider, 10, CancellationToken.None);
        using var second = await _registry.AcquireAsync(provider, 10, CancellationToken.None);

        var third = _registry.AcquireAsync(provider, 10, CancellationToken.None).AsTask();
        await Task.Delay(s_settle);
        Assert.False(third.IsCompleted);

        first.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_call_waiting_on_a_replaced_limiter_goes_on_with_the_new_one()
    {
        var provider = Endpoint(new ProviderLimits(1));
        using var held = await _registry.AcquireAsync(provider, 10, CancellationToken.None);
        var waiting = _registry.AcquireAsync(provider, 10, CancellationToken.None).AsTask();
        await Task.Delay(s_settle);

        _registry.For(provider.ProviderId, new ProviderLimits(3));

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Requests_per_minute_hold_back_the_call_over_the_limit_until_cancelled()
    {
        var provider = Endpoint(new ProviderLimits(10, RequestsPerMinute: 2));
        (await _registry.AcquireAsync(provider, 1, CancellationToken.None)).Dispose();
        (await _registry.AcquireAsync(provider, 1, CancellationToken.None)).Dispose();
        using var patience = new CancellationTokenSource(s_settle);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _registry.AcquireAsync(provider, 1, patience.Token).AsTask());
    }

    [Fact]
    public async Task Tokens_per_minute_count_the_estimate_and_let_an_oversized_call_through_alone()
    {
        var provider = Endpoint(new ProviderLimits(10, TokensPerMinute: 1_000));
        (await _registry.AcquireAsync(provider, 50_000, CancellationToken.None)).Dispose();
        using var patience = new CancellationTokenSource(s_settle);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _registry.AcquireAsync(provider, 400, patience.Token).AsTask());
    }

    [Fact]
    public async Task Releasing_a_permit_of_a_retired_limiter_is_harmless()
    {
        var provider = Endpoint(new ProviderLimits(1));
        var lease = await _registry.AcquireAsync(provider, 10, CancellationToken.None);

        _registry.For(provider.ProviderId, new ProviderLimits(2));
        lease.Dispose();

        using var next = await _registry.AcquireAsync(provider with { Limits = new ProviderLimits(2) }, 10, CancellationToken.None);
    }

    private static ProviderEndpoint Endpoint(ProviderLimits limits) => new() { ProviderId = 7, Limits = limits };
}
