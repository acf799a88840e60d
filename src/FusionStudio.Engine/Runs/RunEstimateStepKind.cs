namespace FusionStudio.Engine.Runs;

/// <summary>The steps of a run that call a model.</summary>
public enum RunEstimateStepKind
{
    Generation = 0,
    PointwiseJudge = 1,
    Fusion = 2,
    Comparison = 3,
}
