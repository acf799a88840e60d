using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// A Mixture-of-Agents proposer's messages, and the ids of the previous layer's answers in the order the proposer saw
/// them as references (reference 1 first), kept with its answer so a reader can map "reference 2" back.
/// </summary>
public sealed record ProposerRequest(IReadOnlyList<PromptMessage> Messages, IReadOnlyList<long> PresentedOrder);
