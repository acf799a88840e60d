using System.Net;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway.Outbound;

/// <summary>Refuses a start with a denied network that is not CIDR or an allowed host that is not a host name.</summary>
internal sealed class ProviderNetworkOptionsValidator : IValidateOptions<ProviderNetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, ProviderNetworkOptions options)
    {
        var failures = new List<string>();
        foreach (var network in options.EffectiveDeniedNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                failures.Add($"Providers:DeniedNetworks: \"{network}\" is not a network in CIDR notation such as 169.254.0.0/16.");
            }
        }

        foreach (var host in options.AllowedHosts)
        {
            var bare = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host;
            if (Uri.CheckHostName(bare) == UriHostNameType.Unknown)
            {
                failures.Add($"Providers:AllowedHosts: \"{host}\" is not a host name, IP address or *.domain pattern.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
