using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// The fusor's messages and the candidate ids in the order the fusor saw them (candidate 1 first), to be stored as
/// <c>Aggregate.PresentedOrder</c> so a reviewer can map "candidate 2" back to its teacher.
/// </summary>
public sealed record FusionRequest(IReadOnlyList<PromptMessage> Messages, IReadOnlyList<long> PresentedOrder);
