namespace FusionStudio.Engine.Routing;

public enum EvaluationRowKind
{
    Router = 0,
    Model = 1,

    /// <summary>A uniformly random model per query (its expected value, not one draw).</summary>
    Random = 2,

    /// <summary>The model with the best actual reward for each query: the ceiling.</summary>
    Oracle = 3,
}
