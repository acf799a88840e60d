using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>A person's blind verdict on one prompt's pair; <see cref="Reviewer"/> is a display name or email only.</summary>
public sealed record ExportReview(
    long Id,
    long PromptId,
    AggregationMethod MethodA,
    AggregationMethod MethodB,
    string Reviewer,
    HumanVerdict Verdict,
    bool AShownLeft,
    string? Comment,
    DateTimeOffset CreatedAt);
