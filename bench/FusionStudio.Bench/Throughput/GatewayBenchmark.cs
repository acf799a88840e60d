using System.Diagnostics;
using System.Globalization;
using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// The model gateway alone (limiter, retries, timeout, Semantic Kernel's OpenAI connector, HTTP) against the fake
/// server process, with no database and no cache: the app CPU a model call costs before anything is stored. The
/// throughput benchmark's per-call figure minus this one is what the run's bookkeeping costs.
/// </summary>
internal static class GatewayBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = ThroughputSettings.Parse(args);
        var calls = settings.Prompts * settings.Candidates;
        using var models = await FakeServerProcess.StartAsync(settings.LatencyMs);
        using var limiters = new ProviderLimiterRegistry();
        var gateway = new ModelGateway(
            Options.Create(new GatewayOptions()), limiters, new NullModelResponseCache(), TimeProvider.System, NullLogger<ModelGateway>.Instance, [],
            new ProviderAddressPolicy(Options.Create(new ProviderNetworkOptions())));
        var provider = new ProviderEndpoint { ProviderId = 1, BaseUrl = models.BaseUrl, ApiKey = "sk-bench", Limits = new ProviderLimits(settings.Concurrency) };
        ModelCallRequest Request(int i) => new()
        {
            Provider = provider,
            Model = settings.TeacherModels[i % settings.TeacherModels.Count],
            Messages = [new PromptMessage(ChatRole.User, $"Question {i.ToString(CultureInfo.InvariantCulture)}: how do tides work on the open ocean?")],
            Sampling = new SamplingSettings(Temperature: 0.7, TopP: 1, MaxTokens: 400, Seed: i),
            SampleIndex = i,
            UseCache = false,
        };

        // Warm up: JIT and the connection pool, so the figure is the steady state a long run sees.
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(i => gateway.CompleteAsync(Request(i))));
        using var self = Process.GetCurrentProcess();
        var (appCpu, fakeCpu) = (self.TotalProcessorTime, models.CpuTime());
        var clock = Stopwatch.StartNew();
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, calls), new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency * 2 }, async (i, token) =>
        {
            if (!(await gateway.CompleteAsync(Request(i), token)).Succeeded)
            {
                Interlocked.Increment(ref failed);
            }
        });
        clock.Stop();
        self.Refresh();

        var ideal = (double)calls * settings.LatencyMs / settings.Concurrency / 1000;
        Console.WriteLine($"gateway only    {calls:N0} calls ({failed} failed), latency {settings.LatencyMs} ms, provider concurrency {settings.Concurrency}");
        Console.WriteLine($"wall            {clock.Elapsed.TotalSeconds:0.0} s (ideal {ideal:0.0} s, efficiency {ideal / clock.Elapsed.TotalSeconds:0.00})");
        Console.WriteLine($"app CPU         {(self.TotalProcessorTime - appCpu).TotalMilliseconds / calls:0.00} ms per call");
        Console.WriteLine($"fake server CPU {(models.CpuTime() - fakeCpu).TotalMilliseconds / calls:0.00} ms per call");
        return failed == 0 ? 0 : 1;
    }
}
