namespace FusionStudio.IntegrationTests.Api;

/// <summary>One <see cref="ApiHost"/> shared by the tests of a class; each test makes the tokens and rows it needs.</summary>
public class ApiHostFixture : IAsyncLifetime
{
    protected virtual bool Demo => false;

    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ApiHost.StartAsync(Demo);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
