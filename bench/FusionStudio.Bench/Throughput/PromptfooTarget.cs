using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// promptfoo's <c>eval</c> over the same prompts × teachers against the same fake server: one OpenAI provider per
/// teacher model, the provider concurrency as <c>--max-concurrency</c>, no cache, no telemetry, update check or
/// sharing. Its results go to its own database (a folder of this benchmark), as FusionStudio stores its own.
/// </summary>
internal sealed class PromptfooTarget(PromptfooTool tool, FakeServerProcess models, ThroughputSettings settings, string folder)
{
    public const string Tool = "promptfoo";

    public async Task<ThroughputMeasurement> MeasureAsync(int repeat, IReadOnlyList<string> prompts)
    {
        var config = WriteConfig(prompts);
        var statFile = Path.Combine(folder, "eval.stat");
        await models.ClearAsync();
        var fakeCpu = models.CpuTime();

        // The shell outlives node and waits for it, so its own stat holds node's CPU once node has exited.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-c", "\"$@\"; status=$?; cat /proc/$$/stat > \"$FUSIONSTUDIO_BENCH_STAT\"; exit $status", "sh",
            tool.Node, tool.Entry, "eval", "--config", config, "--max-concurrency", $"{settings.Concurrency}",
            "--no-cache", "--no-progress-bar", "--no-table", "--no-share",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUSIONSTUDIO_BENCH_STAT"] = statFile;
        start.Environment["PROMPTFOO_CONFIG_DIR"] = Path.Combine(folder, "config");
        start.Environment["PROMPTFOO_DISABLE_TELEMETRY"] = "1";
        start.Environment["PROMPTFOO_DISABLE_UPDATE"] = "1";
        start.Environment["PROMPTFOO_DISABLE_SHARING"] = "1";
        start.Environment["PROMPTFOO_CACHE_ENABLED"] = "false";
        start.Environment["OPENAI_API_KEY"] = "not-checked";

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("promptfoo did not start.");
        using var memory = new RssSampler(process.Id, withChildren: true);
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        clock.Stop();

        var peak = memory.PeakBytes;
        var cpu = File.Exists(statFile) ? ProcFs.ReapedChildrenCpuTime(await File.ReadAllTextAsync(statFile)) : TimeSpan.Zero;
        var calls = await models.CountCallsAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"promptfoo exited with {process.ExitCode}; its last output:\n{Tail(output)}");
        }

        return new ThroughputMeasurement(
            repeat, ThroughputWork.Generation, Tool, clock.Elapsed, calls, cpu, null, models.CpuTime() - fakeCpu, null, peak,
            process.ExitCode == 0 ? "completed" : $"exit code {process.ExitCode}");
    }

    private string WriteConfig(IReadOnlyList<string> prompts)
    {
        var providers = new JsonArray();
        foreach (var model in settings.TeacherModels)
        {
            providers.Add(new JsonObject
            {
                ["id"] = $"openai:chat:{model}",
                ["label"] = model,
                // The teachers' sampling settings, as TestRuns pins them for FusionStudio.
                ["config"] = new JsonObject { ["apiBaseUrl"] = models.BaseUrl, ["temperature"] = 0.7, ["max_tokens"] = 256 },
            });
        }

        var tests = new JsonArray();
        foreach (var prompt in prompts)
        {
            tests.Add(new JsonObject { ["vars"] = new JsonObject { ["prompt"] = prompt } });
        }

        var document = new JsonObject
        {
            ["description"] = "FusionStudio throughput benchmark",
            ["prompts"] = new JsonArray("{{prompt}}"),
            ["providers"] = providers,
            ["tests"] = tests,
            ["sharing"] = false,
        };
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "promptfooconfig.json");
        File.WriteAllText(path, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }
}
