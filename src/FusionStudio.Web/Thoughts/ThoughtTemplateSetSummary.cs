using FusionStudio.Domain.Thoughts;

namespace FusionStudio.Web.Thoughts;

/// <summary>A set as lists show it: how far its build is, and what its summarizer calls cost (from the call log).</summary>
public sealed record ThoughtTemplateSetSummary(
    int Id,
    string Name,
    ThoughtTemplateSetStatus Status,
    IReadOnlyList<int> SourceRunIds,
    string Summarizer,
    string EmbeddingModel,
    int Queries,
    int Templates,
    int Failed,
    int Calls,
    decimal Cost,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);
