using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>One order's outcome: the verdict as shown (or why there is none), the raw answer, and the calls it took.</summary>
public sealed record PairwiseAnswer(PairwiseVerdict? Verdict, string? RawAnswer, string? Error, IReadOnlyList<ModelCallUsage> Calls);
