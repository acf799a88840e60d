using System.Text.Json.Serialization;

namespace FusionStudio.Engine.Routing;

/// <summary>
/// How a router did on queries it was not trained on (cross-validated, or on another log set): one table per
/// scenario, each single model as a quality–cost point, and the router's curve over the α/β sweep.
/// </summary>
public sealed record RoutingEvaluation(
    string Method,
    int Queries,
    IReadOnlyList<string> Models,
    IReadOnlyList<ScenarioTable> Scenarios,
    IReadOnlyList<EvaluationRow> ModelPoints,
    IReadOnlyList<CurvePoint> Curve,
    CostMatch Match)
{
    public const double MatchTolerance = 0.01;

    /// <summary>The curve's points that no other point beats on both performance and cost.</summary>
    [JsonIgnore]
    public IReadOnlyList<CurvePoint> ParetoFront =>
        Curve.Where(p => !Curve.Any(o => o != p && o.Performance >= p.Performance && o.CostPerQuery <= p.CostPerQuery
                                         && (o.Performance > p.Performance || o.CostPerQuery < p.CostPerQuery)))
            .OrderBy(p => p.CostPerQuery).ToList();
}
