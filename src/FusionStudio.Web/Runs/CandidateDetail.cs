using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>One candidate of a prompt with its judge score; <see cref="Number"/> is its place in canonical order, from 1.</summary>
public sealed record CandidateDetail(
    long Id,
    int Number,
    string Teacher,
    int SampleIndex,
    string? Text,
    ModelCallUsage Usage,
    string? Error,
    Score? Score,
    IReadOnlyList<AggregationMethod> SelectedBy);
