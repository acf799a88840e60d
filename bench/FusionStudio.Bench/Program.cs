using FusionStudio.Bench;
using FusionStudio.Bench.Chaos;
using FusionStudio.Bench.Throughput;

// dotnet run -c Release --project bench/FusionStudio.Bench -- pipeline [--prompts 200] [--candidates 4] [--latency-ms 100] [--concurrency 32]
// dotnet run -c Release --project bench/FusionStudio.Bench -- routing [--folds 5] [--seed 1]
// dotnet run -c Release --project bench/FusionStudio.Bench -- thoughts [--templates 100000]
// dotnet run -c Release --project bench/FusionStudio.Bench -- serving [--prompts 300] [--candidates 3] [--latency-ms 100]
// .ci/with-postgres dotnet run -c Release --project bench/FusionStudio.Bench -- throughput [--prompts 1000] [--candidates 8] [--latency-ms 100] [--concurrency 64] [--repeats 2] [--no-promptfoo] [--profile [folder]] | throughput --analyze trace.nettrace
// .ci/with-postgres dotnet run -c Release --project bench/FusionStudio.Bench -- report [--prompts 100000] [--candidates 8]
// .ci/with-postgres dotnet run -c Release --project bench/FusionStudio.Bench -- memory --prompts 100000 --candidates 2 --latency-ms 10 --concurrency 256
// dotnet run -c Release --project bench/FusionStudio.Bench -- gateway [--prompts 1000] [--candidates 8] [--latency-ms 100] [--concurrency 64]
// dotnet run -c Release --project bench/FusionStudio.Bench -- chaos --prompts 300 --latency-ms 50 [--scenario kill]
var arguments = BenchArguments.Parse(args);
return arguments.Benchmark switch
{
    "pipeline" => await PipelineBenchmark.RunAsync(arguments),
    "chaos" => await ChaosBenchmark.RunAsync(arguments),
    "report" => await ReportBenchmark.RunAsync(arguments),
    "export" => await ExportBenchmark.RunAsync(args),
    "routing" => await RoutingBenchmark.RunAsync(args),
    "thoughts" => await ThoughtsBenchmark.RunAsync(args),
    "serving" => await ServingBenchmark.RunAsync(arguments),
    "throughput" => await ThroughputBenchmark.RunAsync(args),
    "gateway" => await GatewayBenchmark.RunAsync(args),
    "memory" => await MemoryBenchmark.RunAsync(args),
    _ => BenchArguments.Usage(),
};
