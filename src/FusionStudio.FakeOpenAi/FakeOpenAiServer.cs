using System.Net;
using FusionStudio.FakeOpenAi.Endpoints;
using FusionStudio.FakeOpenAi.Recording;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace FusionStudio.FakeOpenAi;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 with deterministic answers (see
/// <see cref="Simulation.SyntheticChatResponder"/>), configurable latency and faults, and a log of every
/// request. Tests start one in-process on port 0; <c>dotnet run --project src/FusionStudio.FakeOpenAi</c> runs one
/// on its own.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    // Held requests end when the server stops, so stopping never waits this long; it is only a backstop.
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly FakeServerState _state;

    private FakeOpenAiServer(WebApplication app, FakeServerState state, int port)
    {
        _app = app;
        _state = state;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address an OpenAI client takes as its endpoint, e.g. <c>http://127.0.0.1:5080/v1</c>.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The server's root, where the <c>/_fake</c> control routes live.</summary>
    public string RootUrl => $"http://127.0.0.1:{Port}";

    public FakeRequestLog RequestLog => _state.Log;

    public FakeOpenAiOptions Options => _state.Options;

    /// <param name="port">0 picks a free port.</param>
    public static async Task<FakeOpenAiServer> StartAsync(
        int port = 0, FakeOpenAiOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new FakeServerState(options ?? new FakeOpenAiOptions(), TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeOpenAiServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The host process's appsettings and ASPNETCORE_* variables belong to another app (e.g. the one under test).
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = s_shutdownTimeout);
        builder.Services.AddSingleton(state);

        var app = builder.Build();
        app.MapFakeOpenAi();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeOpenAiServer(app, state, new Uri(address).Port);
    }

    /// <summary>Replaces the server-wide options; counts of "first K" faults start again.</summary>
    public void Configure(FakeOpenAiOptions options) => _state.Configure(options);

    /// <summary>Changes the server-wide options, e.g. <c>Configure(o => o with { LatencyMs = 50 })</c>.</summary>
    public void Configure(Func<FakeOpenAiOptions, FakeOpenAiOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _state.Configure(change(_state.Options));
    }

    /// <summary>Starts every "first K" fault count again, for server, model-name and header faults alike.</summary>
    public void ResetFaultCounters() => _state.FaultCounters.Reset();

    /// <summary>Back to default options, no fault counts, an empty log: for a server shared by several tests.</summary>
    public void Reset()
    {
        _state.Configure(new FakeOpenAiOptions());
        _state.Log.Clear();
    }

    /// <summary>Completes when the host stops: Ctrl+C or SIGTERM for the standalone server.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
