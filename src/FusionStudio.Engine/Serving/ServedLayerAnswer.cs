namespace FusionStudio.Engine.Serving;

/// <summary>
/// One proposer's answer in a later layer of a Mixture-of-Agents recipe (layer 2 and on; layer 1 is the candidates),
/// with the order in which it saw the previous layer's answers (positions in that layer's list).
/// </summary>
public sealed record ServedLayerAnswer(int Layer, ServedCandidate Answer, IReadOnlyList<int> PresentedOrder);
