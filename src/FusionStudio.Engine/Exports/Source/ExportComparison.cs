using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>The pairwise judge's verdicts on one prompt's pair of methods.</summary>
public sealed record ExportComparison(
    long PromptId,
    AggregationMethod MethodA,
    AggregationMethod MethodB,
    PairVerdict? VerdictAFirst,
    PairVerdict? VerdictBFirst,
    PairVerdict? Final,
    string? Error,
    decimal Cost,
    DateTimeOffset CreatedAt);
