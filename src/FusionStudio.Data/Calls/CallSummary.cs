using FusionStudio.Domain.Runs;

namespace FusionStudio.Data.Calls;

/// <summary>
/// A run's (or a prompt's) call log summed by purpose: the one place every spending figure is read from — counters,
/// "spent so far", the budget guard, cost per method, evaluation and scaling rows, cache hits.
/// </summary>
public sealed record CallSummary(IReadOnlyDictionary<ModelCallPurpose, CallTotals> ByPurpose)
{
    public static CallSummary Empty { get; } = new(new Dictionary<ModelCallPurpose, CallTotals>());

    /// <summary>The calls of the given purposes together.</summary>
    public CallTotals Of(params ModelCallPurpose[] purposes) =>
        purposes.Aggregate(CallTotals.None, (sum, purpose) => sum + ByPurpose.GetValueOrDefault(purpose, CallTotals.None));

    /// <summary>The calls FusionStudio sent (imported log records left out): the run's "model calls".</summary>
    public CallTotals Sent => ByPurpose.Where(p => p.Key.IsSent()).Aggregate(CallTotals.None, (sum, p) => sum + p.Value);

    /// <summary>Everything, imported records included: the run's tokens and cost.</summary>
    public CallTotals All => ByPurpose.Values.Aggregate(CallTotals.None, (sum, totals) => sum + totals);

    /// <summary>Calls that judged candidates or fused answers or compared methods, scaling points left out.</summary>
    public CallTotals Evaluation => Of(ModelCallPurpose.Compare, ModelCallPurpose.JudgeFusedAnswer);

    /// <summary>
    /// Evaluation for a run with these methods: without Best-of-N, the candidates' pointwise scores choose nothing
    /// (they only score the routed answer), so they are evaluation too.
    /// </summary>
    public CallTotals EvaluationOf(IEnumerable<AggregationMethod> methods) =>
        methods.Any(m => m.NeedsJudgeScores()) ? Evaluation : Evaluation + Of(ModelCallPurpose.JudgeCandidate);

    /// <summary>The FusioN@k points of the test-time-scaling curve: their fusor and judge calls.</summary>
    public CallTotals Scaling => Of(ModelCallPurpose.ScalingFuse, ModelCallPurpose.ScalingJudge);

    public decimal Cost => All.Cost;
}
