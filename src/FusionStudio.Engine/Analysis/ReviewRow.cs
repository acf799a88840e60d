using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>The few fields of one person's blind review that the report reads.</summary>
public sealed record ReviewRow(long PromptId, AggregationMethod MethodA, AggregationMethod MethodB, string ReviewerId, HumanVerdict Verdict);
