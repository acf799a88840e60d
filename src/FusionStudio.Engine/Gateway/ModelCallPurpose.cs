namespace FusionStudio.Engine.Gateway;

/// <summary>Why a model is called; for logs and accounting only, it never changes the answer.</summary>
public enum ModelCallPurpose
{
    Generation = 0,
    PointwiseJudge = 1,
    PairwiseJudge = 2,
    Fusion = 3,
}
