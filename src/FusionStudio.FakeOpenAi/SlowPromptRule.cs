using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi;

/// <summary>Requests whose messages contain <paramref name="Marker"/> wait <paramref name="LatencyMs"/> instead of the server's latency.</summary>
public sealed record SlowPromptRule(string Marker, int LatencyMs)
{
    public int? LatencyFor(IReadOnlyList<SimulationMessage> messages) =>
        messages.Any(m => m.Content.Contains(Marker, StringComparison.Ordinal)) ? LatencyMs : null;
}
