using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi;

/// <summary>
/// The latency and fault one request gets: a header wins over a model-name directive, which wins over the
/// server-wide options. Each source counts its "first K" requests separately.
/// </summary>
internal sealed record RequestBehaviour(int LatencyMs, FaultRule? Fault, string FaultCounterKey)
{
    /// <exception cref="FormatException">A header's value does not parse.</exception>
    public static RequestBehaviour Resolve(
        IHeaderDictionary headers, ModelDirectives directives, FakeOpenAiOptions options, IReadOnlyList<SimulationMessage> messages)
    {
        var latency = Header(headers, FakeHeaders.LatencyMs) is { } latencyHeader
            ? ModelDirectives.ParseCount(latencyHeader, FakeHeaders.LatencyMs)
            : directives.LatencyMs ?? options.SlowPrompt?.LatencyFor(messages) ?? options.LatencyMs;

        var (fault, counterKey) = Header(headers, FakeHeaders.Fault) is { } faultHeader
            ? (FaultDirective.Parse(faultHeader), $"header|{faultHeader}|{directives.BaseModel}")
            : directives.Fault is { } directiveFault
                ? (directiveFault, $"model|{directives.BaseModel}|{directiveFault}")
                : (options.Fault, options.Fault is { PerModel: true } ? $"server|{directives.BaseModel}" : "server");

        var retryAfter = Header(headers, FakeHeaders.RetryAfterSeconds) is { } retryHeader
            ? ModelDirectives.ParseCount(retryHeader, FakeHeaders.RetryAfterSeconds)
            : directives.RetryAfterSeconds;
        if (fault is not null && retryAfter is { } seconds)
        {
            fault = fault with { RetryAfterSeconds = seconds };
        }

        return new RequestBehaviour(latency, fault, counterKey);
    }

    private static string? Header(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values) ? values.ToString() : null;
}
