using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway.Outbound;

/// <summary>
/// The one check behind every call the server makes to a provider. <see cref="Refusal"/> reads the URL (http or
/// https, no credentials in it, a host that <see cref="ProviderNetworkOptions.AllowedHosts"/> allows);
/// <see cref="CreateHandler"/> checks the addresses the host resolves to when the connection is made, so a name
/// that resolves to a metadata address (or is re-pointed there later) is refused as well.
/// </summary>
public sealed class ProviderAddressPolicy
{
    private readonly string[] _allowedHosts;
    private readonly IPNetwork[] _deniedNetworks;

    public ProviderAddressPolicy(IOptions<ProviderNetworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowedHosts = options.Value.AllowedHosts;
        _deniedNetworks = [.. options.Value.EffectiveDeniedNetworks.Select(network => IPNetwork.Parse(network))];
    }

    /// <summary>Why a provider base URL may not be called, or null when it may.</summary>
    public string? Refusal(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return "The base URL must be an absolute http:// or https:// URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The base URL must not carry a user name or password; enter the key in the key field.";
        }

        if (!IsHostAllowed(uri.IdnHost))
        {
            return $"Calls to {uri.Host} are not allowed here (Providers:AllowedHosts).";
        }

        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal) && IsDenied(literal)
            ? $"Calls to {uri.Host} are not allowed: the address is in a denied network (Providers:DeniedNetworks)."
            : null;
    }

    public bool IsDenied(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _deniedNetworks.Any(network => network.Contains(normal));
    }

    /// <summary>
    /// A handler for provider calls whose connections only go to addresses that are not denied. Redirects are not
    /// followed: a provider that redirects would otherwise take the key to another host.
    /// </summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = ConnectAsync,
    };

    private bool IsHostAllowed(string host) =>
        _allowedHosts.Length == 0
        || _allowedHosts.Any(allowed => allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.FirstOrDefault(IsDenied) is { } denied)
        {
            throw new ProviderAddressDeniedException(
                $"Calls to {host} ({denied}) are not allowed: the address is in a denied network (Providers:DeniedNetworks).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
