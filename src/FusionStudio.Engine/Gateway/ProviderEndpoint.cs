using FusionStudio.Domain.Providers;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// What the gateway needs of a provider for one call, with the API key already decrypted by the caller. The key is
/// never logged, never put in an exception or a cache key, and <see cref="ToString"/> leaves it out.
/// </summary>
public sealed record ProviderEndpoint
{
    public required int ProviderId { get; init; }

    public ProviderKind Kind { get; init; } = ProviderKind.OpenAiCompatible;

    /// <summary>Base URL including the version segment, e.g. <c>https://api.openai.com/v1</c>; empty for simulated providers.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>The plain key, or null for endpoints that need none (local servers, the simulated provider).</summary>
    public string? ApiKey { get; init; }

    /// <summary>The network timeout of one attempt; <see cref="GatewayOptions.AttemptTimeout"/> can shorten it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public ProviderLimits Limits { get; init; } = new(8);

    public decimal InputPricePerMillionTokens { get; init; }

    public decimal OutputPricePerMillionTokens { get; init; }

    public static ProviderEndpoint From(Provider provider, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ProviderEndpoint
        {
            ProviderId = provider.Id,
            Kind = provider.Kind,
            BaseUrl = provider.BaseUrl,
            ApiKey = apiKey,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, provider.TimeoutSeconds)),
            Limits = new ProviderLimits(provider.MaxConcurrency, provider.RequestsPerMinute, provider.TokensPerMinute),
            InputPricePerMillionTokens = provider.InputPricePerMillionTokens,
            OutputPricePerMillionTokens = provider.OutputPricePerMillionTokens,
        };
    }

    /// <summary>Cost of one call at this provider's prices (the same formula as <see cref="Provider.CostOf"/>).</summary>
    public decimal CostOf(int inputTokens, int outputTokens) =>
        (inputTokens * InputPricePerMillionTokens + outputTokens * OutputPricePerMillionTokens) / 1_000_000m;

    public override string ToString() => $"provider {ProviderId} ({Kind}, {BaseUrl})";
}
