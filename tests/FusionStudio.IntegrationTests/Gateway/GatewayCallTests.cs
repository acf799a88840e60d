using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway;
using FusionStudio.Web.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.IntegrationTests.Gateway;

public sealed class GatewayCallTests : GatewayTest
{
    [Fact]
    public async Task Answer_comes_with_the_providers_usage_and_cost_at_its_prices()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise", sampleIndex: 2));

        var expected = Expected("sim-concise", sampleIndex: 2);
        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(expected.Text, result.Text);
        Assert.Equal((expected.PromptTokens, expected.CompletionTokens), (result.Usage.InputTokens, result.Usage.OutputTokens));
        Assert.Equal((expected.PromptTokens * 2.5m + expected.CompletionTokens * 10m) / 1_000_000m, result.Usage.Cost);
        Assert.Equal("stop", result.Usage.FinishReason);
        Assert.False(result.Usage.CacheHit);
        Assert.Equal(1, result.Attempts);
        Assert.InRange(result.Usage.LatencyMs, 0, (int)result.Elapsed.TotalMilliseconds + 1);
    }

    [Fact]
    public async Task Request_carries_the_sampling_settings_and_the_seed_of_its_sample()
    {
        await Gateway().CompleteAsync(Request("sim-concise", sampleIndex: 3));

        var record = Assert.Single(Requests);
        Assert.Equal((103L, 0.7, 400), (record.Seed, record.Temperature, record.MaxTokens));
        Assert.Equal(["system", "user"], record.Messages.Select(message => message.Role));
        Assert.True(record.HasBearerToken);
        Assert.False(record.Stream);
    }

    [Fact]
    public async Task Simulated_provider_answers_in_process_with_usage()
    {
        var provider = new ProviderEndpoint { ProviderId = 9, Kind = ProviderKind.Simulated, OutputPricePerMillionTokens = 1m };

        var result = await Gateway().CompleteAsync(Request("sim-detailed", provider: provider));

        var expected = Expected("sim-detailed");
        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(expected.Text, result.Text);
        Assert.Equal((expected.PromptTokens, expected.CompletionTokens), (result.Usage.InputTokens, result.Usage.OutputTokens));
        Assert.Equal(expected.CompletionTokens / 1_000_000m, result.Usage.Cost);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Provider_kind_without_a_registered_chat_service_fails_clearly_without_a_call()
    {
        var provider = new ProviderEndpoint { ProviderId = 9, Kind = ProviderKind.Simulated };

        var result = await Gateway(sources: []).CompleteAsync(Request("sim-detailed", provider: provider));

        Assert.Equal(FailureKind.BadRequest, result.FailureKind);
        Assert.Contains("no chat service is registered for Simulated providers", result.FailureReason, StringComparison.Ordinal);
        Assert.Equal(0, result.Attempts);
        Assert.Empty(Requests);
    }

    [Fact]
    public void Two_chat_service_sources_for_one_kind_are_refused_naming_the_kind()
    {
        var source = new SimulatedChatServiceSource(Options.Create(Settings), TimeProvider.System);

        var error = Assert.Throws<ArgumentException>(() => Gateway(sources: [source, source]));

        Assert.Contains("Simulated providers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_key_fails_as_unauthorized_without_retrying_and_never_shows_the_key()
    {
        Server.Configure(options => options with { RequiredApiKey = "the-right-key" });

        var result = await Gateway().CompleteAsync(Request("sim-concise"));

        Assert.Equal(FailureKind.Unauthorized, result.FailureKind);
        Assert.Equal(1, result.Attempts);
        Assert.Single(Requests);
        Assert.DoesNotContain(ApiKey, result.FailureReason, StringComparison.Ordinal);
        var line = Assert.Single(Log.Lines, line => line.Level == LogLevel.Warning);
        Assert.Contains("Unauthorized", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Question, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_request_is_not_retried_and_keeps_the_providers_words()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#no-such-directive"));

        Assert.Equal(FailureKind.BadRequest, result.FailureKind);
        Assert.StartsWith("HTTP 400 bad request: Unknown model directive", result.FailureReason, StringComparison.Ordinal);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Provider_without_a_usable_base_url_fails_without_a_request()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise", provider: Endpoint() with { BaseUrl = "not a url" }));

        Assert.Equal((FailureKind.BadRequest, 0), (result.FailureKind!.Value, result.Attempts));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Unreachable_provider_is_a_network_failure()
    {
        Settings.MaxRetries = 1;
        var closed = Endpoint() with { BaseUrl = "http://127.0.0.1:1/v1" };

        var result = await Gateway().CompleteAsync(Request("sim-concise", provider: closed));

        Assert.Equal((FailureKind.Network, 2), (result.FailureKind!.Value, result.Attempts));
    }
}
