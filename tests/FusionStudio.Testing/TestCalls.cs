using FusionStudio.Domain.Runs;

namespace FusionStudio.Testing;

/// <summary>Call-log rows for seeded results: a seeded candidate, score, aggregate or comparison carries its calls.</summary>
public static class TestCalls
{
    public static List<ModelCall> One(
        ModelCallPurpose purpose, int runId, long promptId, DateTimeOffset at,
        int inputTokens = 0, int outputTokens = 0, decimal cost = 0m, int latencyMs = 0, bool cacheHit = false, string? error = null) =>
    [
        new ModelCall
        {
            Purpose = purpose,
            RunId = runId,
            PromptId = promptId,
            Model = "seeded",
            Attempts = cacheHit ? 0 : 1,
            Usage = new ModelCallUsage
            {
                InputTokens = inputTokens, OutputTokens = outputTokens, Cost = cost, LatencyMs = latencyMs, CacheHit = cacheHit,
            },
            ErrorKind = error is null ? null : FailureKind.Other,
            Error = error,
            StartedAt = at,
            FinishedAt = at,
        },
    ];
}
