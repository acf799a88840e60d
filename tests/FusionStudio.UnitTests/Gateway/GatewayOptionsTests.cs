using FusionStudio.Engine.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.Gateway;

public sealed class GatewayOptionsTests
{
    [Fact]
    public void Defaults_bind_from_an_empty_section()
    {
        var options = Build([]).GetRequiredService<IOptions<GatewayOptions>>().Value;

        Assert.Null(options.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RetryBudget);
        Assert.Null(options.AttemptTimeout);
        Assert.Equal(0, options.Judge.Temperature);
    }

    [Fact]
    public void Settings_bind_from_the_gateway_section()
    {
        var options = Build(new()
        {
            ["Gateway:MaxRetries"] = "2",
            ["Gateway:MaxDelay"] = "00:00:10",
            ["Gateway:Fusor:MaxTokens"] = "4096",
        }).GetRequiredService<IOptions<GatewayOptions>>().Value;

        Assert.Equal((2, TimeSpan.FromSeconds(10), 4096), (options.MaxRetries, options.MaxDelay, options.Fusor.MaxTokens));
    }

    [Theory]
    [InlineData("Gateway:MaxRetries", "-1")]
    [InlineData("Gateway:Judge:Temperature", "3")]
    public void Invalid_settings_are_refused(string key, string value)
    {
        var services = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GatewayOptions>>().Value);
    }

    [Fact]
    public void Gateway_resolves_with_a_null_cache_by_default()
    {
        var services = Build([]);

        Assert.IsType<ModelGateway>(services.GetRequiredService<IModelGateway>());
        Assert.IsType<NullModelResponseCache>(services.GetRequiredService<IModelResponseCache>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddFusionGateway(configuration).BuildServiceProvider();
    }
}
