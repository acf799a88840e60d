namespace FusionStudio.Engine.Routing;

/// <summary>
/// The best single model (highest mean performance) and the cheapest point of the router's curve that comes within
/// <see cref="RoutingEvaluation.MatchTolerance"/> of its performance (or, when none does, the closest in performance).
/// </summary>
public sealed record CostMatch(string BestModel, double BestPerformance, double BestCostPerQuery, CurvePoint Point, bool WithinTolerance)
{
    /// <summary>The point's cost as a share of the best model's cost.</summary>
    public double CostRatio => BestCostPerQuery > 0 ? Point.CostPerQuery / BestCostPerQuery : 0;
}
