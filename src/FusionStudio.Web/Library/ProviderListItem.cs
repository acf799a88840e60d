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
    /// <summary>The label of the provider that stands for imported logs' models, so nobody expects it to answer.</summary>
    public const string ImportedLogLabel = "Imported logs — not callable";

    public bool IsSimulated => Kind == ProviderKind.Simulated;

    public bool IsImportedLog => Kind == ProviderKind.ImportedLog;

    public string EndpointText => Kind switch
    {
        ProviderKind.Simulated => "in-process",
        ProviderKind.ImportedLog => "none: answers come from imported logs",
        _ => BaseUrl,
    };
}
