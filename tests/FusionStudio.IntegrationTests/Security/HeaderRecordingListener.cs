using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>
/// Someone else's server: records the path and the Authorization header of every request it gets and answers with
/// an empty model list, so a request that reaches it looks like a success to the caller.
/// </summary>
internal sealed class HeaderRecordingListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HeaderRecordingListener(WebApplication app, int port, ConcurrentQueue<(string Path, string? Authorization)> requests)
    {
        _app = app;
        Port = port;
        Requests = requests;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    public ConcurrentQueue<(string Path, string? Authorization)> Requests { get; }

    public static async Task<HeaderRecordingListener> StartAsync()
    {
        var requests = new ConcurrentQueue<(string Path, string? Authorization)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            requests.Enqueue((context.Request.Path.Value ?? "", authorization.Length == 0 ? null : authorization));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"object":"list","data":[{"id":"stolen"}]}""", context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HeaderRecordingListener(app, new Uri(address).Port, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
