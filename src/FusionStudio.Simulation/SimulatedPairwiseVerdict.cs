namespace FusionStudio.Simulation;

/// <summary>A pairwise judge's answer: <c>{"rationale": "...", "winner": "A"}</c>, winner "A", "B" or "tie".</summary>
public sealed record SimulatedPairwiseVerdict(string Rationale, string Winner);
