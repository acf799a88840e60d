namespace FusionStudio.Engine.Routing;

/// <summary>A router's forecast for one query: each model's normalised performance and cost, in model order.</summary>
public sealed record RoutePrediction(double[] Performance, double[] Cost)
{
    /// <summary>
    /// The model with the highest predicted reward; ties go to the lower predicted cost, then to the earlier model,
    /// so performance-first routing still prefers the cheaper of two equally good models.
    /// </summary>
    public int Choose(RoutingScenario scenario) => Ranked(scenario)[0];

    /// <summary>Every model, best predicted reward first (same tie rules as <see cref="Choose"/>).</summary>
    public IReadOnlyList<int> Ranked(RoutingScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Enumerable.Range(0, Performance.Length)
            .OrderByDescending(m => Math.Round(scenario.Reward(Performance[m], Cost[m]), 12))
            .ThenBy(m => Cost[m])
            .ThenBy(m => m)
            .ToList();
    }
}
