using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Api.Runs;

/// <summary>A run in a list: where it stands and what it has cost.</summary>
public sealed record RunSummaryResponse(
    int Id,
    string Name,
    RunStatus Status,
    int PromptCount,
    int PromptsDone,
    int PromptsFailed,
    decimal Cost,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);
