using FusionStudio.Domain.Providers;

namespace FusionStudio.Web.Library;

/// <summary>The endpoint a connection test calls. <see cref="ToString"/> leaves the key out.</summary>
public sealed record ProviderConnectionTarget(ProviderKind Kind, string BaseUrl, string? ApiKey, TimeSpan Timeout)
{
    public override string ToString() => $"{Kind} {BaseUrl}";
}
