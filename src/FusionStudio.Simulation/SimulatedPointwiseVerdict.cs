namespace FusionStudio.Simulation;

/// <summary>A pointwise judge's answer: <c>{"rationale": "...", "score": 7}</c>, score in 1..10.</summary>
public sealed record SimulatedPointwiseVerdict(string Rationale, int Score);
