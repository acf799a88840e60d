namespace FusionStudio.Engine.Routing;

/// <summary>One point of the router's quality–cost curve: its mean performance and cost per query at α/β.</summary>
public sealed record CurvePoint(double Alpha, double Beta, double Performance, double CostPerQuery);
