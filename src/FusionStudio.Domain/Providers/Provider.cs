namespace FusionStudio.Domain.Providers;

/// <summary>An endpoint that serves models, with its key, limits and prices.</summary>
public sealed class Provider
{
    /// <summary>The label shown wherever the simulated provider appears, so it is never taken for a real model.</summary>
    public const string SimulatedLabel = "Simulated (offline demo)";

    public int Id { get; set; }

    public required string Name { get; set; }

    public ProviderKind Kind { get; set; }

    /// <summary>Base URL of the OpenAI-compatible API, including the version segment (for example <c>https://host/v1</c>).</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The API key, encrypted at rest; never the plain key.</summary>
    public string? ProtectedApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 120;

    public int MaxConcurrency { get; set; } = 8;

    public int? RequestsPerMinute { get; set; }

    public int? TokensPerMinute { get; set; }

    public decimal InputPricePerMillionTokens { get; set; }

    public decimal OutputPricePerMillionTokens { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool HasApiKey => !string.IsNullOrEmpty(ProtectedApiKey);

    public string DisplayName => Kind == ProviderKind.Simulated ? $"{Name} · {SimulatedLabel}" : Name;

    /// <summary>Cost of one call at this provider's prices.</summary>
    public decimal CostOf(int inputTokens, int outputTokens) =>
        (inputTokens * InputPricePerMillionTokens + outputTokens * OutputPricePerMillionTokens) / 1_000_000m;
}
