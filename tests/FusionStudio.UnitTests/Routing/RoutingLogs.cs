using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Engine.Routing;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;

namespace FusionStudio.UnitTests.Routing;

/// <summary>
/// The shared routing logs as a <see cref="RoutingLog"/> at the README prices, with the fake server's word-hash
/// vectors (deterministic, and similar for texts that share words) standing in for a real embedding model.
/// </summary>
internal static class RoutingLogs
{
    private static readonly Lazy<Task<RoutingLog>> _sample = new(LoadAsync);

    public static Task<RoutingLog> SampleAsync() => _sample.Value;

    private static async Task<RoutingLog> LoadAsync()
    {
        await using var file = RoutingLogSample.Open();
        var read = await LogFileReader.ReadAsync(file, LogFileFormat.Jsonl, new LogReadLimits(50L << 20, 100_000, 10));
        Assert.Equal(0, read.ErrorCount);
        var (log, dropped) = RoutingLogBuilder.Build(LogContentAnswers.From(read.Content, RoutingLogSample.Prices));
        Assert.Equal(0, dropped);
        return log with { Queries = log.Queries.Select(q => q with { Vector = FakeEmbedding.For(q.Text) }).ToList() };
    }
}
