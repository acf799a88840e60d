namespace FusionStudio.Simulation;

/// <summary>One chat message as the simulation sees it; the role is the wire name ("system", "user", "assistant").</summary>
public sealed record SimulationMessage(string Role, string Content);
