using FusionStudio.Engine.Gateway;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Gateway;

public sealed class GatewayLimitTests : GatewayTest
{
    [Fact]
    public async Task Provider_never_sees_more_calls_at_once_than_its_max_concurrency()
    {
        var provider = Endpoint() with { Limits = new ProviderLimits(MaxConcurrency: 2) };
        var gateway = Gateway();
        await WarmUpAsync(gateway, provider);
        Server.Configure(options => options with { LatencyMs = 200 });

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(sample => gateway.CompleteAsync(Request("sim-concise", sample, provider) with { UseCache = false })));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        var requests = Requests;
        Assert.Equal(8, requests.Count);
        Assert.Equal(2, RequestOverlap.MostAtOnce(requests));

        // 8 calls of 200 ms, 2 at a time: the last starts at least 3 rounds after the first.
        Assert.True(requests.Max(r => r.ReceivedAt) - requests.Min(r => r.ReceivedAt) >= TimeSpan.FromMilliseconds(590));
    }

    [Fact]
    public async Task Limits_are_per_provider()
    {
        var gateway = Gateway();
        ProviderEndpoint Provider(int id) => Endpoint() with { ProviderId = id, Limits = new ProviderLimits(MaxConcurrency: 1) };
        await Task.WhenAll(Enumerable.Range(1, 3).Select(id => WarmUpAsync(gateway, Provider(id))));
        Server.Configure(options => options with { LatencyMs = 1_000 });

        await Task.WhenAll(Enumerable.Range(1, 3).Select(id => gateway.CompleteAsync(Request("sim-concise", provider: Provider(id)) with { UseCache = false })));

        Assert.Equal(3, RequestOverlap.MostAtOnce(Requests));
    }
}
