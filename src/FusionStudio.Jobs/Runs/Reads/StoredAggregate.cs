using FusionStudio.Domain.Runs;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>A stored aggregate (selected or fused answer) of a prompt, and whether the run's judge has scored it.</summary>
/// <param name="Answered">Made without error, with text.</param>
public sealed record StoredAggregate(long Id, AggregationMethod Method, int CandidateLimit, int Subset, string? Text, bool Answered, bool Scored);
