using System.Net;
using System.Net.Sockets;

namespace FusionStudio.Web.Hosting;

/// <summary>
/// Where the process listens. With no address configured (the README's <c>dotnet run</c>) it takes the embedded
/// default, <c>http://localhost:5000</c>, or the next free port, and says which once it is up; an address that
/// someone configured is kept, and a taken port stops the start with one line naming it and the setting to change.
/// </summary>
internal static class ListenAddressSetup
{
    public const int EmbeddedDefaultPort = 5000;

    // Far enough to get past a few other local servers, near enough that the address stays recognisable.
    private const int PortsTried = 100;

    public static WebApplicationBuilder AddFusionListenAddress(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            return builder;
        }

        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        var httpPorts = builder.WebHost.GetSetting(WebHostDefaults.HttpPortsKey);
        if (string.IsNullOrWhiteSpace(urls) && string.IsNullOrWhiteSpace(httpPorts)
            && string.IsNullOrWhiteSpace(builder.WebHost.GetSetting(WebHostDefaults.HttpsPortsKey)))
        {
            var port = Enumerable.Range(EmbeddedDefaultPort, PortsTried).FirstOrDefault(p => IsFree(IPAddress.Loopback, p));
            if (port == 0)
            {
                throw new StartupProblemException(
                    $"Ports {EmbeddedDefaultPort}-{EmbeddedDefaultPort + PortsTried - 1} are all in use: set an address with ASPNETCORE_URLS or --urls (e.g. --urls http://localhost:8088).");
            }

            var address = $"http://localhost:{port}";
            builder.WebHost.UseUrls(address);
            var moved = port == EmbeddedDefaultPort ? "" : $" (port {EmbeddedDefaultPort} is in use)";
            builder.Services.AddHostedService(services => new ListenAddressAnnouncer(
                services.GetRequiredService<IHostApplicationLifetime>(), $"FusionStudio is running at {address}{moved}"));
            return builder;
        }

        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            CheckFree(url, "ASPNETCORE_URLS or --urls");
        }

        foreach (var port in (httpPorts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            CheckFree($"http://*:{port}", "ASPNETCORE_HTTP_PORTS");
        }

        return builder;
    }

    private static void CheckFree(string url, string setting)
    {
        // Kestrel's wildcard hosts (*, +) are not valid URI hosts.
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Port <= 0 || uri.Host.StartsWith("unix", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var ip = uri.IsLoopback ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : IPAddress.Any;
        if (!IsFree(ip, uri.Port))
        {
            throw new StartupProblemException(
                $"Port {uri.Port} is in use ({url}): stop what holds it, or set another address with {setting} (e.g. --urls http://localhost:{uri.Port + 1}).");
        }
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
