using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// The fake OpenAI server as a process of its own (<c>dotnet FusionStudio.FakeOpenAi.dll</c>), so that its CPU is
/// measured apart from the app's. It counts the calls it answered and starts each measurement with an empty log.
/// </summary>
internal sealed class FakeServerProcess : IDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly HttpClient _http;

    private FakeServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _http = new HttpClient { BaseAddress = new Uri(RootUrl), Timeout = TimeSpan.FromMinutes(5) };
    }

    public int Port { get; }

    public int Pid => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    private string RootUrl => $"http://127.0.0.1:{Port}";

    public static async Task<FakeServerProcess> StartAsync(int latencyMs)
    {
        // The bench references the fake server's project, so its dll and runtimeconfig are built beside the bench's.
        var dll = Path.Combine(AppContext.BaseDirectory, "FusionStudio.FakeOpenAi.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The fake OpenAI server is not built beside the bench.", dll);
        }

        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { dll, "--port", $"{port}", "--latency-ms", $"{latencyMs}", "--quiet", "true" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The fake OpenAI server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } text)
            {
                Console.Error.WriteLine($"fake server: {text}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new FakeServerProcess(process, port);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    public TimeSpan CpuTime() => ProcFs.CpuTime(Pid);

    /// <summary>Empties the server's request log, so that the next count is one measurement's.</summary>
    public async Task ClearAsync() => (await _http.DeleteAsync("/_fake/requests")).EnsureSuccessStatusCode();

    /// <summary>The chat completions answered since the last <see cref="ClearAsync"/>, read as a stream (the log holds every message).</summary>
    public async Task<int> CountCallsAsync()
    {
        await using var body = await _http.GetStreamAsync("/_fake/requests");
        var count = 0;
        await foreach (var _ in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body))
        {
            count++;
        }

        return count;
    }

    public void Dispose()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The fake OpenAI server exited with code {_process.ExitCode} before answering.");
            }

            try
            {
                using var answer = await _http.GetAsync("/v1/models");
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < s_startTimeout)
            {
            }

            if (clock.Elapsed >= s_startTimeout)
            {
                throw new TimeoutException($"The fake OpenAI server did not answer on port {Port} within {s_startTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
