using System.Net;
using System.Net.Sockets;
using FusionStudio.Domain.Providers;
using FusionStudio.FakeOpenAi;
using FusionStudio.Web.Library;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Library;

public sealed class ProviderConnectionTesterTests : IAsyncLifetime
{
    private const string RightKey = "sk-right-key-0123456789abcdef";
    private const string WrongKey = "sk-wrong-key-9876543210fedcba";

    private readonly ServiceProvider _services = new ServiceCollection().AddLibraryFeatures().BuildServiceProvider();
    private FakeOpenAiServer _server = null!;

    private ProviderConnectionTester Tester => _services.GetRequiredService<ProviderConnectionTester>();

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync(options: new FakeOpenAiOptions { RequiredApiKey = RightKey });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Lists_the_model_ids_of_the_fake_server_with_the_right_key()
    {
        var result = await Tester.TestAsync(Target(_server.BaseUrl, RightKey));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(FakeOpenAiOptions.DefaultModels.Order(StringComparer.OrdinalIgnoreCase), result.Models);
        var request = Assert.Single(_server.RequestLog.Snapshot());
        Assert.True(request.HasBearerToken);
    }

    [Fact]
    public async Task The_fake_servers_401_for_a_wrong_key_is_shown_without_the_key()
    {
        var result = await Tester.TestAsync(Target(_server.BaseUrl, WrongKey));

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.StartsWith("HTTP 401 Unauthorized", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_url_with_a_trailing_slash_works_too()
    {
        var result = await Tester.TestAsync(Target(_server.BaseUrl + "/", RightKey));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task A_401_shows_the_status_and_the_providers_message_but_never_the_key()
    {
        // OpenAI's own answer to a wrong key names part of the key.
        var body = $$$"""
            {"error": {"message": "Incorrect API key provided: {{{WrongKey[..7]}}}**************{{{WrongKey[^4..]}}}. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}
            """;
        await using var openAi = await OpenAiStubServer.StartAsync(401, body);

        var result = await Tester.TestAsync(Target(openAi.BaseUrl, WrongKey));

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.StartsWith("HTTP 401 Unauthorized: Incorrect API key provided:", result.Error, StringComparison.Ordinal);
        Assert.Contains("(invalid_api_key)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey[..7], result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey[^4..], result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_body_that_repeats_the_whole_key_is_redacted()
    {
        await using var server = await OpenAiStubServer.StartAsync(403, $$"""{"error": "key {{WrongKey}} has no access to this project"}""");

        var result = await Tester.TestAsync(Target(server.BaseUrl, WrongKey));

        Assert.Equal(403, result.StatusCode);
        Assert.Equal($"HTTP 403 Forbidden: key {SecretRedactor.Replacement} has no access to this project", result.Error);
    }

    [Fact]
    public async Task A_missing_v1_gives_a_hint_about_the_base_url()
    {
        var result = await Tester.TestAsync(Target(_server.RootUrl, RightKey));

        Assert.Equal(404, result.StatusCode);
        Assert.Contains("end with /v1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_shows_the_network_error()
    {
        var result = await Tester.TestAsync(Target($"http://127.0.0.1:{ClosedPort()}/v1", RightKey));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Could not reach 127.0.0.1:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(RightKey, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_slower_than_its_timeout_is_reported_as_such()
    {
        await using var slow = await OpenAiStubServer.StartAsync(200, """{"data": []}""", delay: TimeSpan.FromSeconds(10));

        var result = await Tester.TestAsync(Target(slow.BaseUrl, RightKey) with { Timeout = TimeSpan.FromSeconds(1) });

        Assert.Equal("No answer from " + new Uri(slow.BaseUrl).Authority + " within 1 s (the provider's timeout).", result.Error);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_model_list_is_explained()
    {
        await using var server = await OpenAiStubServer.StartAsync(200, "<html>Welcome to nginx</html>");

        var result = await Tester.TestAsync(Target(server.BaseUrl, null));

        Assert.Contains("not with an OpenAI model list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulated_provider_lists_the_simulated_model_names()
    {
        var result = await Tester.TestAsync(new ProviderConnectionTarget(ProviderKind.Simulated, "", null, TimeSpan.FromSeconds(5)));

        Assert.True(result.Succeeded);
        Assert.Equal(SimulatedModels.Names, result.Models);
    }

    private static ProviderConnectionTarget Target(string baseUrl, string? key) =>
        new(ProviderKind.OpenAiCompatible, baseUrl, key, TimeSpan.FromSeconds(10));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
