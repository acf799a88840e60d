namespace FusionStudio.Engine.Routing;

/// <summary>A trained router: predicts every candidate's normalised performance and cost for a query.</summary>
public interface IRoutePredictor
{
    IReadOnlyList<string> Models { get; }

    RoutePrediction Predict(RoutingQuery query);
}
