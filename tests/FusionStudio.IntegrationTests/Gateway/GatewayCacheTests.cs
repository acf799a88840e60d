using FusionStudio.Engine.Gateway;
using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.IntegrationTests.Gateway;

public sealed class GatewayCacheTests : GatewayTest
{
    [Fact]
    public async Task Second_identical_call_is_a_cache_hit_without_a_request()
    {
        var gateway = Gateway();
        var first = await gateway.CompleteAsync(Request("sim-concise"));

        var second = await gateway.CompleteAsync(Request("sim-concise"));

        Assert.Single(Requests);
        Assert.True(second.Usage.CacheHit);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal((first.Usage.InputTokens, first.Usage.OutputTokens, first.Usage.FinishReason),
            (second.Usage.InputTokens, second.Usage.OutputTokens, second.Usage.FinishReason));
        Assert.True(first.Usage.Cost > 0);
        Assert.Equal((0m, 0), (second.Usage.Cost, second.Attempts));
    }

    [Fact]
    public async Task Identical_calls_at_the_same_time_share_one_request()
    {
        // Slow enough that the second asks while the first waits for its answer, before anything is in the cache.
        Server.Configure(options => options with { LatencyMs = 300 });
        var gateway = Gateway();

        var both = await Task.WhenAll(gateway.CompleteAsync(Request("sim-concise")), gateway.CompleteAsync(Request("sim-concise")));

        Assert.Single(Requests);
        Assert.Equal(both[0].Text, both[1].Text);
        Assert.Equal(1, both.Count(r => r.Usage.CacheHit));
        Assert.Equal(1, both.Count(r => r.Usage.Cost > 0));
        Assert.Equal(1, Cache.Count);
    }

    [Fact]
    public async Task A_call_waiting_on_a_failed_identical_call_asks_on_its_own()
    {
        Settings.MaxRetries = 0;
        Server.Configure(options => options with { LatencyMs = 300, Fault = FaultRule.FirstRequests(FaultKind.ServerError, 1) });
        var gateway = Gateway();

        var both = await Task.WhenAll(gateway.CompleteAsync(Request("sim-concise")), gateway.CompleteAsync(Request("sim-concise")));

        Assert.Equal(2, Requests.Count);
        Assert.Equal(1, both.Count(r => r.Succeeded));
        Assert.DoesNotContain(both, r => r.Usage.CacheHit);
    }

    [Fact]
    public async Task Another_sample_index_is_a_miss_with_its_own_seed()
    {
        var gateway = Gateway();
        await gateway.CompleteAsync(Request("sim-concise", sampleIndex: 0));

        var other = await gateway.CompleteAsync(Request("sim-concise", sampleIndex: 1));

        Assert.False(other.Usage.CacheHit);
        Assert.Equal([100L, 101L], Requests.Select(record => record.Seed));
        Assert.Equal(2, Cache.Count);
    }

    [Fact]
    public async Task Call_without_the_cache_always_asks_and_stores_nothing()
    {
        var gateway = Gateway();

        await gateway.CompleteAsync(Request("sim-concise") with { UseCache = false });
        var second = await gateway.CompleteAsync(Request("sim-concise") with { UseCache = false });

        Assert.False(second.Usage.CacheHit);
        Assert.Equal(2, Requests.Count);
        Assert.Equal(0, Cache.Count);
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        Settings.MaxRetries = 0;
        Server.Configure(options => options with { Fault = FaultRule.FirstRequests(FaultKind.ServerError, 1) });
        var gateway = Gateway();

        var failed = await gateway.CompleteAsync(Request("sim-concise"));
        var retried = await gateway.CompleteAsync(Request("sim-concise"));

        Assert.False(failed.Succeeded);
        Assert.True(retried.Succeeded, retried.FailureReason);
        Assert.False(retried.Usage.CacheHit);
        Assert.Equal(2, Requests.Count);
    }

    [Fact]
    public async Task Broken_cache_does_not_fail_the_call()
    {
        var result = await Gateway(new BrokenCache()).CompleteAsync(Request("sim-concise"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, Log.Lines.Count(line => line.Message.StartsWith("Response cache", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_call_returns_before_its_answer_is_stored_and_the_same_call_meanwhile_takes_it_without_a_request()
    {
        var cache = new HeldCache();
        var gateway = Gateway(cache);

        // The cache's write is held: the call returns all the same, with its answer.
        var first = await gateway.CompleteAsync(Request("sim-concise"));
        Assert.True(first.Succeeded, first.FailureReason);
        Assert.Equal(0, cache.Stored);

        var second = await gateway.CompleteAsync(Request("sim-concise"));
        Assert.Single(Requests);
        Assert.True(second.Usage.CacheHit);
        Assert.Equal(first.Text, second.Text);

        // Stored at last; the same call is still answered without a request.
        cache.Release();
        await UntilAsync(() => cache.Stored == 1);
        var third = await gateway.CompleteAsync(Request("sim-concise"));
        Assert.Single(Requests);
        Assert.True(third.Usage.CacheHit);
    }

    /// <summary>A cache whose writes wait until released, as a busy database's would.</summary>
    private sealed class HeldCache : IModelResponseCache
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModelCacheEntry> _entries = new();

        public int Stored => _entries.Count;

        public void Release() => _released.TrySetResult();

        public Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default) =>
            Task.FromResult(_entries.TryGetValue(key, out var entry) ? entry : null);

        public async Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default)
        {
            await _released.Task;
            _entries[key] = entry;
        }
    }

    private sealed class BrokenCache : IModelResponseCache
    {
        public Task<ModelCacheEntry?> TryGetAsync(string key, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The cache's database is down.");

        public Task SetAsync(string key, ModelCacheEntry entry, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The cache's database is down.");
    }
}
