namespace FusionStudio.Web.Api.Runs;

/// <summary>
/// A run's progress by prompt (live, from its prompts' stages; stages are cumulative) and its calls, tokens and cost
/// (live, from its call log).
/// </summary>
public sealed record RunCountersResponse(
    int PromptCount,
    int Generated,
    int Scored,
    int Aggregated,
    int Done,
    int Failed,
    int ModelCalls,
    int CacheHits,
    long InputTokens,
    long OutputTokens,
    decimal Cost);
