using FusionStudio.Domain.Providers;
using FusionStudio.Web.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>Test connection goes through the address policy configured under <c>Providers</c>, like the gateway.</summary>
public sealed class ConnectionTestAddressPolicyTests : IAsyncLifetime
{
    private HeaderRecordingListener _listener = null!;

    public async Task InitializeAsync() => _listener = await HeaderRecordingListener.StartAsync();

    public async Task DisposeAsync() => await _listener.DisposeAsync();

    [Fact]
    public async Task A_host_name_that_resolves_into_a_denied_network_is_never_contacted()
    {
        await using var services = Services(("Providers:DeniedNetworks:0", "127.0.0.0/8"), ("Providers:DeniedNetworks:1", "::1/128"));

        var result = await Test(services, $"http://localhost:{_listener.Port}/v1");

        Assert.False(result.Succeeded);
        Assert.Contains("Providers:DeniedNetworks", result.Error, StringComparison.Ordinal);
        Assert.Empty(_listener.Requests);
    }

    [Fact]
    public async Task The_metadata_address_is_denied_by_default()
    {
        await using var services = Services();

        var result = await Test(services, "http://169.254.169.254/latest/meta-data");

        Assert.Contains("Providers:DeniedNetworks", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_allowed_hosts_are_contacted_when_a_list_is_set()
    {
        await using var services = Services(("Providers:AllowedHosts:0", "api.openai.com"));

        var result = await Test(services, _listener.BaseUrl);

        Assert.Contains("Providers:AllowedHosts", result.Error, StringComparison.Ordinal);
        Assert.Empty(_listener.Requests);
    }

    [Fact]
    public async Task A_long_error_body_is_capped_and_keeps_no_key()
    {
        const string key = "sk-echoed-0123456789abcdefghijkl";
        await using var stub = await Library.OpenAiStubServer.StartAsync(500, $$$"""{"error":{"message":"{{{key}}} {{{new string('x', 20_000)}}}"}}""");
        await using var services = Services();

        var result = await services.GetRequiredService<ProviderConnectionTester>()
            .TestAsync(new ProviderConnectionTarget(ProviderKind.OpenAiCompatible, stub.BaseUrl, key, TimeSpan.FromSeconds(30)));

        Assert.True(result.Error!.Length < 600, $"{result.Error.Length} characters shown");
        Assert.DoesNotContain(key, result.Error, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLibraryFeatures().BuildServiceProvider();
    }

    private static Task<ConnectionTestResult> Test(ServiceProvider services, string url) =>
        services.GetRequiredService<ProviderConnectionTester>()
            .TestAsync(new ProviderConnectionTarget(ProviderKind.OpenAiCompatible, url, "sk-anything-at-all", TimeSpan.FromSeconds(30)));
}
