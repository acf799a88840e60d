using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FusionStudio.Testing;

/// <summary>
/// FusionStudio as a real, separate process, started the way the container starts it (<c>dotnet
/// FusionStudio.Web.dll</c> in the folder of the binaries) with only the environment it is given.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    // What any container has besides the app's settings. No ASPNETCORE_ENVIRONMENT: Production, as in the image.
    private static readonly string[] _passedThrough = ["PATH", "HOME", "TMPDIR", "DOTNET_ROOT"];

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static AppProcess Start(string name, IReadOnlyDictionary<string, string> settings) =>
        Start(name, settings, new Uri($"http://127.0.0.1:{FreePort()}"));

    /// <summary>
    /// Starts the process on <paramref name="address"/>, or, when it is null, with no address at all, as the README's
    /// <c>dotnet run</c> does: the app then picks its embedded default (port 5000 or the next free one) and prints it.
    /// </summary>
    public static AppProcess Start(string name, IReadOnlyDictionary<string, string> settings, Uri? address)
    {
        // The test project references the web project, so its dll, deps and runtimeconfig sit beside the tests.
        var app = Path.Combine(AppContext.BaseDirectory, "FusionStudio.Web.dll");
        if (!File.Exists(app) || !File.Exists(Path.ChangeExtension(app, ".runtimeconfig.json")))
        {
            throw new FileNotFoundException("FusionStudio.Web.dll and its runtimeconfig are not beside the tests.", app);
        }

        var baseAddress = address ?? new Uri("http://localhost:5000");
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(app),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(app);
        startInfo.Environment.Clear();
        foreach (var variable in _passedThrough)
        {
            if (Environment.GetEnvironmentVariable(variable) is { } value)
            {
                startInfo.Environment[variable] = value;
            }
        }

        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key] = value;
        }

        // Instead of the image's port 8080.
        if (address is not null)
        {
            startInfo.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        }

        var process = new Process { StartInfo = startInfo };
        var started = new AppProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, e) => started.Record(e.Data);
        process.ErrorDataReceived += (_, e) => started.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>The exit code of a process expected to stop by itself, such as one refused at start.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public HttpClient CreateClient(bool followRedirects = true) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects }, disposeHandler: true)
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(15),
        };

    /// <summary>
    /// Polls <c>/healthz</c> until it answers 200 with a report that <paramref name="isReady"/> accepts. The
    /// patience only bounds a hung start; no assertion depends on how long it takes.
    /// </summary>
    public async Task<HealthResponse> WaitForHealthAsync(Func<HealthResponse, bool> isReady, TimeSpan patience, string what)
    {
        using var client = CreateClient();
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < patience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while waiting for {what}.\n{Describe()}");
            }

            try
            {
                using var response = await client.GetAsync("/healthz");
                var body = await response.Content.ReadAsStringAsync();
                last = $"HTTP {(int)response.StatusCode}: {body}";
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var health = HealthResponse.Parse(body);
                    if (isReady(health))
                    {
                        return health;
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"{Name}: no {what} within {patience.TotalSeconds:0} s; last /healthz: {last}\n{Describe()}");
    }

    /// <summary>Waits until the process writes a line starting with <paramref name="prefix"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if (Output.Split('\n').FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) is { } found)
            {
                return found.TrimEnd('\r');
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before writing '{prefix}'.\n{Describe()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"{Name}: no line '{prefix}' within {patience.TotalSeconds:0} s.\n{Describe()}");
    }

    /// <summary>Ends the process at once, as SIGKILL does: no shutdown code runs, its connections just drop.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Asks the process to stop, as SIGTERM from <c>docker stop</c> or a deploy does: its shutdown code runs.</summary>
    public void Terminate() => Signal("-TERM");

    /// <summary>Stops the process without ending it, as SIGSTOP does (a frozen VM, a long GC pause); <see cref="Continue"/> wakes it.</summary>
    public void Pause() => Signal("-STOP");

    /// <summary>Lets a paused process go on.</summary>
    public void Continue() => Signal("-CONT");

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's id of the process; worker names (<c>machine:pid:role</c>) contain it.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The process's name, address and output, for an assertion message.</summary>
    public string Describe() => $"--- {Name} ({BaseAddress}) output ---\n{Output}--- end of {Name} output ---";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet that runs these tests: the SDK names it in DOTNET_HOST_PATH, and the test host is it.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
