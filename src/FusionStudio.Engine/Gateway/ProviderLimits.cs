namespace FusionStudio.Engine.Gateway;

/// <summary>A provider's limits; the gateway rebuilds a provider's limiters when these change.</summary>
/// <param name="RequestsPerMinute">Null: no request rate limit.</param>
/// <param name="TokensPerMinute">Null: no token rate limit. Counts the estimated prompt plus the max answer tokens.</param>
public sealed record ProviderLimits(int MaxConcurrency, int? RequestsPerMinute = null, int? TokensPerMinute = null);
