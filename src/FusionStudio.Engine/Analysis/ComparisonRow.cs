using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>The few fields of one judge comparison that the report reads, with its prompt's language and task.</summary>
public sealed record ComparisonRow(
    long PromptId,
    AggregationMethod MethodA,
    AggregationMethod MethodB,
    PairVerdict? Final,
    PairVerdict? VerdictAFirst,
    PairVerdict? VerdictBFirst,
    string Language,
    string Task);
