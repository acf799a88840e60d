using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class ModelCacheKeyTests
{
    private static readonly ModelCallRequest s_request = new()
    {
        Provider = new ProviderEndpoint { ProviderId = 3, BaseUrl = "https://api.example.com/v1", ApiKey = "sk-secret-one" },
        Model = "gpt-test",
        Messages = [new PromptMessage(ChatRole.System, "Be brief."), new PromptMessage(ChatRole.User, "Why is the sky blue?")],
        Sampling = new SamplingSettings(0.7, 0.9, 512, 42),
        SampleIndex = 1,
    };

    public static TheoryData<string, ModelCallRequest> Changes => new()
    {
        { "provider id", s_request with { Provider = s_request.Provider with { ProviderId = 4 } } },
        { "base URL", s_request with { Provider = s_request.Provider with { BaseUrl = "https://other.example.com/v1" } } },
        { "model", s_request with { Model = "gpt-other" } },
        { "message text", s_request with { Messages = [s_request.Messages[0], new PromptMessage(ChatRole.User, "Why is the sea blue?")] } },
        { "message role", s_request with { Messages = [s_request.Messages[0], new PromptMessage(ChatRole.Assistant, "Why is the sky blue?")] } },
        { "message order", s_request with { Messages = [s_request.Messages[1], s_request.Messages[0]] } },
        { "temperature", s_request with { Sampling = s_request.Sampling with { Temperature = 0.71 } } },
        { "top-p", s_request with { Sampling = s_request.Sampling with { TopP = 1.0 } } },
        { "max tokens", s_request with { Sampling = s_request.Sampling with { MaxTokens = 513 } } },
        { "seed", s_request with { Sampling = s_request.Sampling with { Seed = 43 } } },
        { "no seed", s_request with { Sampling = s_request.Sampling with { Seed = null } } },
        { "sample index", s_request with { SampleIndex = 2 } },
    };

    [Fact]
    public void Key_is_64_lowercase_hex_digits_and_stable()
    {
        var key = ModelCacheKey.Compute(s_request);

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, ModelCacheKey.Compute(s_request with { Messages = [.. s_request.Messages] }));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Key_changes_with_each_field(string field, ModelCallRequest changed)
    {
        Assert.False(ModelCacheKey.Compute(s_request) == ModelCacheKey.Compute(changed), $"The key ignored the {field}.");
    }

    [Fact]
    public void Key_ignores_the_api_key_purpose_and_cache_flag()
    {
        var other = s_request with
        {
            Provider = s_request.Provider with { ApiKey = "sk-secret-two", Timeout = TimeSpan.FromSeconds(5) },
            Purpose = ModelCallPurpose.Fuse,
            UseCache = false,
        };

        Assert.Equal(ModelCacheKey.Compute(s_request), ModelCacheKey.Compute(other));
    }

    [Fact]
    public void Trailing_slash_of_the_base_url_does_not_matter()
    {
        var slashed = s_request with { Provider = s_request.Provider with { BaseUrl = "https://api.example.com/v1/" } };

        Assert.Equal(ModelCacheKey.Compute(s_request), ModelCacheKey.Compute(slashed));
    }

    [Fact]
    public void Api_key_never_shows_in_the_request_text()
    {
        Assert.DoesNotContain("sk-secret-one", s_request.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-one", s_request.Provider.ToString(), StringComparison.Ordinal);
    }
}
