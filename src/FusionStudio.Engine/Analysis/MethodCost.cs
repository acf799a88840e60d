using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>What one method's answers cost: the shared generation plus the method's own calls.</summary>
public sealed record MethodCost(
    AggregationMethod Method,
    int Prompts,
    int Calls,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    decimal CostPerPrompt,
    double? LatencyPerPromptMs,
    string Counted);
