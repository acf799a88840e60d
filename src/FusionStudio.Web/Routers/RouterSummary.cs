using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;

namespace FusionStudio.Web.Routers;

/// <summary>One router version as lists show it, with its cross-validated headline figures.</summary>
public sealed record RouterSummary(
    int Id, string Name, int Version, RouterAlgorithm Algorithm, RoutingSignal Signal, double Alpha, double Beta,
    IReadOnlyList<string> Candidates, IReadOnlyList<int> SourceRunIds, int TrainingQueries, DateTimeOffset CreatedAt,
    double? Performance, double? CostPerQuery, double? Reward)
{
    public static RouterSummary From(TrainedRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        var evaluation = RoutingEvaluationJson.Read(router.Evaluation);
        var own = evaluation?.Scenarios.FirstOrDefault(s => s.Scenario.Alpha == router.Alpha && s.Scenario.Beta == router.Beta)?.Router;
        return new RouterSummary(
            router.Id, router.Name, router.Version, router.Algorithm, router.Signal, router.Alpha, router.Beta, router.Candidates,
            router.SourceRunIds, router.TrainingQueries, router.CreatedAt, own?.Performance, own?.CostPerQuery, own?.Reward);
    }
}
