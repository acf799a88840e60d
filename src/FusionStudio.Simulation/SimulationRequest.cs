namespace FusionStudio.Simulation;

/// <summary>What a simulated model is asked.</summary>
/// <param name="Model">The model name; it picks the answer style.</param>
/// <param name="Messages">The chat, oldest first.</param>
/// <param name="Seed">The teacher's seed or the sample index; absent counts as 0 so that answers stay reproducible.</param>
/// <param name="Temperature">Absent means 1, as with OpenAI; 0 gives the same answer for every seed.</param>
/// <param name="MaxTokens">Answers longer than this are cut and finish with "length".</param>
public sealed record SimulationRequest(
    string Model,
    IReadOnlyList<SimulationMessage> Messages,
    long? Seed = null,
    double? Temperature = null,
    int? MaxTokens = null);
