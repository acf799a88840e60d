using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FusionStudio.IntegrationTests.Library;

/// <summary>
/// A one-route server for what the fake server does not do on <c>GET /v1/models</c>: answer with a fixed status and
/// body (such as OpenAI's 401, which echoes part of the key), or not answer for a while.
/// </summary>
internal sealed class OpenAiStubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenAiStubServer(WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"http://127.0.0.1:{port}/v1";
    }

    public string BaseUrl { get; }

    public static async Task<OpenAiStubServer> StartAsync(int status, string body, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/v1/models", async (HttpContext context) =>
        {
            await Task.Delay(delay, context.RequestAborted);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new OpenAiStubServer(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
