using System.Globalization;

namespace FusionStudio.Engine.Routing;

/// <summary>
/// How performance and cost trade: reward = α·performance − β·cost, both min–max normalised within the query's task
/// (FusionFactory's three scenarios, or a custom α/β).
/// </summary>
public sealed record RoutingScenario(string Name, double Alpha, double Beta)
{
    public static RoutingScenario PerformanceFirst { get; } = new("Performance first", 1, 0);

    public static RoutingScenario Balance { get; } = new("Balance", 0.5, 0.5);

    public static RoutingScenario CostFirst { get; } = new("Cost first", 0.2, 0.8);

    public static IReadOnlyList<RoutingScenario> Standard { get; } = [PerformanceFirst, Balance, CostFirst];

    /// <summary>
    /// The sweep behind the router's quality–cost curve: β from 0 to 1 with α = 1 − β, denser near 0 where a little
    /// weight on cost already moves many queries to cheaper models.
    /// </summary>
    public static IReadOnlyList<RoutingScenario> Sweep { get; } =
        new[] { 0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1 }
            .Select(beta => Custom(1 - beta, beta)).ToList();

    public static RoutingScenario Custom(double alpha, double beta) =>
        new(string.Create(CultureInfo.InvariantCulture, $"α={alpha:0.###}, β={beta:0.###}"), alpha, beta);

    public double Reward(double normalisedPerformance, double normalisedCost) => Alpha * normalisedPerformance - Beta * normalisedCost;

    /// <summary>Why α/β cannot be used, or null: both in [0, 1] and not both zero.</summary>
    public static string? Problem(double alpha, double beta) =>
        !double.IsFinite(alpha) || !double.IsFinite(beta) || alpha < 0 || beta < 0 || alpha > 1 || beta > 1
            ? "α and β must each be between 0 and 1"
            : alpha == 0 && beta == 0 ? "α and β cannot both be 0" : null;
}
