using System.Globalization;
using FusionStudio.Domain.Routing;

namespace FusionStudio.Web.Components.Pages.Routers;

/// <summary>How router figures read on the pages: costs per 1,000 queries (a query costs fractions of a cent).</summary>
public static class RouterText
{
    public static string PerThousand(double costPerQuery) => "$" + (costPerQuery * 1000).ToString("0.000", CultureInfo.InvariantCulture);

    public static string Reward(Engine.Routing.RoutingScenario scenario) =>
        string.Create(CultureInfo.InvariantCulture, $"Reward = {scenario.Alpha:0.##} × performance − {scenario.Beta:0.##} × cost, both normalised within each task.");

    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Scenario(double alpha, double beta) => string.Create(CultureInfo.InvariantCulture, $"α {alpha:0.##} · β {beta:0.##}");

    public static string Signal(RoutingSignal signal) => signal switch
    {
        RoutingSignal.ImportedScore => "Imported score",
        RoutingSignal.JudgeScore => "Judge score (1–10 → 0–1)",
        _ => "Both (mean)",
    };
}
