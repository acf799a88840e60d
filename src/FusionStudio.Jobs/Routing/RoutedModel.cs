namespace FusionStudio.Jobs.Routing;

/// <summary>One candidate model of a router's ranking for a prompt, with its forecast (normalised within the task).</summary>
public sealed record RoutedModel(string Model, double PredictedPerformance, double PredictedCost);
