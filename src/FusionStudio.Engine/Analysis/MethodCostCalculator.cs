using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Cost and latency per method. Every method needs the shared generation of the N candidates — except the routed
/// methods, which need only their routed teachers' answers (the caller passes that generation instead); on top of it
/// Best-of-N pays the pointwise judge's calls on the candidates and the fusing methods their fusor calls; MBR, random
/// and Routed pay nothing more. Evaluation (pairwise comparisons, scoring of fused answers) belongs to no method.
/// Cost per prompt adds each part's cost per prompt it served. Latency per prompt adds each step's
/// <see cref="UsageTotals.StepLatencyMs"/>: the calls of one step run side by side, so the step lasts as long as its
/// slowest call, and the steps run one after the other.
/// </summary>
public static class MethodCostCalculator
{
    public static MethodCost For(AggregationMethod method, UsageTotals generation, UsageTotals own)
    {
        var ownCounted = method.IsFusion() || method.NeedsJudgeScores();
        var parts = ownCounted ? new[] { generation, own } : [generation];
        var latency = parts.Where(p => p.StepLatencyMs is not null).Select(p => p.StepLatencyMs!.Value).ToList();
        return new MethodCost(
            method,
            Prompts: ownCounted ? own.Prompts : generation.Prompts,
            Calls: parts.Sum(p => p.Calls),
            InputTokens: parts.Sum(p => p.InputTokens),
            OutputTokens: parts.Sum(p => p.OutputTokens),
            Cost: parts.Sum(p => p.Cost),
            CostPerPrompt: parts.Sum(p => p.CostPerPrompt),
            LatencyPerPromptMs: latency.Count == 0 ? null : latency.Sum(),
            Counted: Describe(method));
    }

    public static string Describe(AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => "generation + pointwise judge calls on every candidate",
        AggregationMethod.FusionOfN => "generation + one fusor call per prompt",
        AggregationMethod.Routed => "the routed teacher's answer only (the router costs no call)",
        AggregationMethod.RoutedFusion => "the top k routed teachers' answers + one fusor call per prompt",
        _ => "generation only (selection makes no model call)",
    };
}
