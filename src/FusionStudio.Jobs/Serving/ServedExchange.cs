using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Serving;

namespace FusionStudio.Jobs.Serving;

/// <summary>One served request as it is stored: what was asked, what answered, and how it went.</summary>
public sealed record ServedExchange(
    ServingPlan Plan,
    IReadOnlyList<PromptMessage> Messages,
    ServedAnswer Answer,
    ServedOutcome Outcome,
    DateTimeOffset StartedAt,
    TimeSpan Latency,
    bool Streamed)
{
    /// <summary>A routed recipe's decision for the request, stored as the live prompt's route.</summary>
    public PromptRoute? Route { get; init; }
}
