using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// Records this process with the repository's local tools while a run goes on: <c>dotnet-trace</c> (thread-time
/// samples of .NET stacks) and <c>dotnet-counters</c> (runtime, EF Core, Npgsql and HTTP counters as CSV), then
/// writes where the CPU went (<see cref="TraceCpuReport"/>), dotnet-trace's own top methods by thread time and a
/// speedscope file beside the trace.
/// </summary>
internal sealed class ProfileCapture : IAsyncDisposable
{
    private static readonly string[] s_counters = ["System.Runtime", "Microsoft.EntityFrameworkCore", "Npgsql", "System.Net.Http", "Microsoft.AspNetCore.Hosting"];

    private readonly Process _trace;
    private readonly Process _counters;
    private readonly StringBuilder _traceOutput;

    private ProfileCapture(string folder, string traceTool, Process trace, Process counters, StringBuilder traceOutput)
    {
        Folder = folder;
        TraceTool = traceTool;
        _trace = trace;
        _counters = counters;
        _traceOutput = traceOutput;
    }

    public string Folder { get; }

    private string TraceTool { get; }

    private string TraceFile => Path.Combine(Folder, "generation.nettrace");

    public static async Task<ProfileCapture> StartAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var traceTool = ToolDll("dotnet-trace");
        var countersTool = ToolDll("dotnet-counters");
        var pid = $"{Environment.ProcessId}";
        var traceOutput = new StringBuilder();
        var trace = Start(traceTool, traceOutput, "collect", "--process-id", pid, "--profile", "dotnet-sampled-thread-time", "--output", Path.Combine(folder, "generation.nettrace"));
        var counters = Start(countersTool, new StringBuilder(), "collect", "--process-id", pid, "--counters", string.Join(',', s_counters),
            "--refresh-interval", "1", "--format", "csv", "--output", Path.Combine(folder, "counters.csv"));

        // The session is on once dotnet-trace reports recording; before that, samples of the run would be lost.
        var clock = Stopwatch.StartNew();
        while (!Contains(traceOutput, "Recording trace") && !trace.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        return new ProfileCapture(folder, traceTool, trace, counters, traceOutput);
    }

    /// <summary>Stops both recordings (as Ctrl+C would) and writes the reports; returns the top-methods text.</summary>
    public async Task<string> StopAndReportAsync()
    {
        await StopAsync(_trace);
        await StopAsync(_counters);
        if (!File.Exists(TraceFile))
        {
            return $"dotnet-trace wrote no trace; its output:\n{Read(_traceOutput)}";
        }

        // Named without extension: the tool adds .speedscope.json.
        await RunAsync(TraceTool, "convert", TraceFile, "--format", "Speedscope", "--output", Path.Combine(Folder, "generation"));
        // dotnet-trace's own top-N counts waiting threads as much as working ones; the CPU view filters them out.
        var cpu = TraceCpuReport.Write(TraceFile, 40);
        await File.WriteAllTextAsync(Path.Combine(Folder, "cpu-top.txt"), cpu);
        foreach (var (name, inclusive) in new[] { ("exclusive", false), ("inclusive", true) })
        {
            string[] arguments = inclusive ? ["report", TraceFile, "topN", "-n", "40", "--inclusive"] : ["report", TraceFile, "topN", "-n", "40"];
            await File.WriteAllTextAsync(Path.Combine(Folder, $"thread-time-top-{name}.txt"), await RunAsync(TraceTool, arguments));
        }

        return cpu;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_trace);
        await StopAsync(_counters);
        _trace.Dispose();
        _counters.Dispose();
    }

    /// <summary>The tool's dll in the NuGet package folder, at the version the repository's tool manifest pins.</summary>
    private static string ToolDll(string tool)
    {
        var manifest = FindManifest();
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var version = document.RootElement.GetProperty("tools").GetProperty(tool).GetProperty("version").GetString()!;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(packages, tool, version, "tools");
        var dll = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, tool + ".dll", SearchOption.AllDirectories).FirstOrDefault() : null;
        return dll ?? throw new InvalidOperationException(
            $"{tool} {version} is not restored: run `dotnet tool restore` in {Path.GetDirectoryName(manifest)} first.");
    }

    private static string FindManifest()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = start; directory is not null; directory = Path.GetDirectoryName(directory))
            {
                var manifest = Path.Combine(directory, "dotnet-tools.json");
                if (File.Exists(manifest))
                {
                    return manifest;
                }
            }
        }

        throw new InvalidOperationException("No dotnet-tools.json above the working folder: run the bench from the repository.");
    }

    private static Process Start(string dll, StringBuilder output, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Path.GetFileName(dll)} did not start.");
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> RunAsync(string dll, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Start(dll, output, arguments);
        await process.WaitForExitAsync();
        return Read(output);
    }

    /// <summary>Ctrl+C, which both tools take as "stop and write the file"; killed if it has not ended a minute later.</summary>
    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-INT", $"{process.Id}"]))
        {
            await signal.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static bool Contains(StringBuilder output, string text) => Read(output).Contains(text, StringComparison.Ordinal);

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
