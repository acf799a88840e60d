namespace FusionStudio.Web.Library;

/// <summary>
/// Model names the simulated provider is used with. It answers any name (the name picks the answer style), so a
/// connection test lists these as suggestions.
/// </summary>
public static class SimulatedModels
{
    public static IReadOnlyList<string> Names { get; } =
        ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious", "sim-judge", "sim-fusor"];
}
