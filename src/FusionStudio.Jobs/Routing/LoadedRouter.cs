using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;

namespace FusionStudio.Jobs.Routing;

/// <summary>A stored router with its decoded predictor.</summary>
public sealed record LoadedRouter(TrainedRouter Router, IRoutePredictor Predictor)
{
    /// <summary>The trade-off the router was trained for; routing in runs ranks by it.</summary>
    public RoutingScenario Scenario => RoutingScenario.Custom(Router.Alpha, Router.Beta);
}
