using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// How many prompts share one stored pair, final verdict, verdict of each order, language and task: a run's judge
/// comparisons counted in SQL, so the report reads a few hundred rows instead of one per prompt.
/// </summary>
public sealed record ComparisonGroup(
    AggregationMethod MethodA,
    AggregationMethod MethodB,
    PairVerdict? Final,
    PairVerdict? VerdictAFirst,
    PairVerdict? VerdictBFirst,
    string Language,
    string Task,
    int Prompts);
