using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.Testing;

/// <summary>
/// The real routing logs kept under <c>tests/data/routing-logs</c>: 300 queries of 12 tasks, each answered by the
/// same 8 open models, with tokens and a task score but no cost.
/// </summary>
public static class RoutingLogSample
{
    public const string FileName = "routing-logs.jsonl";

    public const int Queries = 300;

    public const int Models = 8;

    public const int Tasks = 12;

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "data", "routing-logs", FileName);

    /// <summary>
    /// Prices per million tokens after the sample's README (the FusionFactory paper's model table): $0.1–0.3 for
    /// 7–12B models (0.1 for the 3B one), $0.3–0.9 for 24–70B, $0.6 for Mixtral-8x7B and $1.2 for Mixtral-8x22B.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> ReadmePrices { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["qwen2.5-7b-instruct"] = 0.2m,
        ["gemma-2-9b-it"] = 0.2m,
        ["llama-3.1-8b-instruct"] = 0.2m,
        ["llama-3.2-3b-instruct"] = 0.1m,
        ["mistral-small-24b-instruct-2501-bf16"] = 0.3m,
        ["llama-3.3-70b-instruct"] = 0.9m,
        ["mixtral-8x7b-instruct-v0.1"] = 0.6m,
        ["mixtral-8x22b-instruct-v0.1"] = 1.2m,
    };

    public static LogModelPrices Prices => new(ReadmePrices);

    public static Stream Open() => File.OpenRead(FilePath);
}
