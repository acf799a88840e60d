namespace FusionStudio.Engine.Runs;

/// <summary>The steps of a run that call a model.</summary>
public enum RunEstimateStepKind
{
    Generation = 0,
    PointwiseJudge = 1,
    Fusion = 2,
    Comparison = 3,

    /// <summary>Mixture-of-Agents' layers 2..L: every teacher sample answers again, reading the previous layer.</summary>
    MixtureLayers = 4,
}
