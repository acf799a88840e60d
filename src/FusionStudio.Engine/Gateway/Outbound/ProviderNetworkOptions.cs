namespace FusionStudio.Engine.Gateway.Outbound;

/// <summary>
/// Where the server may send provider calls (section <c>Providers</c>). Applies to every outgoing call: the model
/// gateway and <em>Test connection</em> alike, through <see cref="ProviderAddressPolicy"/>.
/// </summary>
public sealed class ProviderNetworkOptions
{
    public const string SectionName = "Providers";

    /// <summary>
    /// Host names (or IP literals) a provider URL may name; <c>*.example.com</c> allows its subdomains. Empty allows
    /// any host that is not denied.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>
    /// Networks (CIDR) no call may connect to, checked on the addresses a host name resolves to at connect time.
    /// Null keeps <see cref="DefaultDeniedNetworks"/>; a configured list replaces them.
    /// </summary>
    public string[]? DeniedNetworks { get; set; }

    /// <summary>
    /// Link-local addresses (where cloud metadata services answer, e.g. 169.254.169.254) and the metadata addresses
    /// outside that range. Loopback and private networks stay allowed: local model servers live there.
    /// </summary>
    public static IReadOnlyList<string> DefaultDeniedNetworks { get; } =
        ["169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32", "0.0.0.0/8"];

    public IReadOnlyList<string> EffectiveDeniedNetworks => DeniedNetworks ?? DefaultDeniedNetworks;
}
