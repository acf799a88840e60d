using FusionStudio.Bench;

// dotnet run -c Release --project bench/FusionStudio.Bench -- pipeline [--prompts 200] [--candidates 4] [--latency-ms 100] [--concurrency 32]
var arguments = BenchArguments.Parse(args);
return arguments.Benchmark switch
{
    "pipeline" => await PipelineBenchmark.RunAsync(arguments),
    "report" => await ReportBenchmark.RunAsync(arguments),
    "export" => await ExportBenchmark.RunAsync(args),
    _ => BenchArguments.Usage(),
};
