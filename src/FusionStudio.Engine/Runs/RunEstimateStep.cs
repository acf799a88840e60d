namespace FusionStudio.Engine.Runs;

/// <summary>The calls, tokens and cost of one step of a run.</summary>
/// <param name="Priced">False when the step's model is not chosen yet: its output tokens and cost are then left out.</param>
public sealed record RunEstimateStep(RunEstimateStepKind Kind, long Calls, long InputTokens, long OutputTokens, decimal Cost, bool Priced = true)
{
    public string Label => Kind switch
    {
        RunEstimateStepKind.Generation => "Generation",
        RunEstimateStepKind.PointwiseJudge => "Pointwise judge",
        RunEstimateStepKind.Fusion => "Fusion",
        RunEstimateStepKind.Comparison => "Comparisons",
        RunEstimateStepKind.MixtureLayers => "MoA layers",
        _ => Kind.ToString(),
    };
}
