using FusionStudio.Engine.Gateway;
using FusionStudio.IntegrationTests.Gateway;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>The model gateway's calls pass the same address policy as Test connection.</summary>
public sealed class GatewayAddressPolicyTests : GatewayTest
{
    [Fact]
    public async Task A_metadata_address_is_refused_without_a_call_or_a_retry()
    {
        var metadata = Endpoint() with { BaseUrl = "http://169.254.169.254/v1" };

        var result = await Gateway().CompleteAsync(Request("sim-concise", provider: metadata));

        Assert.Equal((FailureKind.BadRequest, 0), (result.FailureKind!.Value, result.Attempts));
        Assert.Contains("Providers:DeniedNetworks", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_name_that_resolves_into_a_denied_network_is_refused_at_connect_and_not_retried()
    {
        Network.DeniedNetworks = ["127.0.0.0/8", "::1/128"];
        var byName = Endpoint() with { BaseUrl = Server.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) };

        var result = await Gateway().CompleteAsync(Request("sim-concise", provider: byName));

        Assert.Equal((FailureKind.BadRequest, 1), (result.FailureKind!.Value, result.Attempts));
        Assert.Contains("Providers:DeniedNetworks", result.FailureReason, StringComparison.Ordinal);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_host_outside_the_allowed_hosts_is_refused()
    {
        Network.AllowedHosts = ["api.openai.com", "*.example.com"];

        var result = await Gateway().CompleteAsync(Request("sim-concise"));

        Assert.Equal(FailureKind.BadRequest, result.FailureKind);
        Assert.Contains("Providers:AllowedHosts", result.FailureReason, StringComparison.Ordinal);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task An_allowed_host_is_called_as_before()
    {
        Network.AllowedHosts = ["127.0.0.1"];

        var result = await Gateway().CompleteAsync(Request("sim-concise"));

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
