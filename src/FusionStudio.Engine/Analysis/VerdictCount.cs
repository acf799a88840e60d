using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>How many prompts got one final judge verdict for a stored pair: the judge's record counted in SQL.</summary>
public sealed record VerdictCount(AggregationMethod MethodA, AggregationMethod MethodB, PairVerdict Final, int Prompts);
