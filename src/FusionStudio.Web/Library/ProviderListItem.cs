using FusionStudio.Domain.Providers;

namespace FusionStudio.Web.Library;

/// <summary>A provider as the list shows it: whether a key is stored, never the key.</summary>
public sealed record ProviderListItem(
    int Id,
    string Name,
    ProviderKind Kind,
    string BaseUrl,
    bool HasApiKey,
    int TimeoutSeconds,
    int MaxConcurrency,
    int? RequestsPerMinute,
    int? TokensPerMinute,
    decimal InputPrice,
    decimal OutputPrice)
{
    public bool IsSimulated => Kind == ProviderKind.Simulated;
}
