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
    IReadOnlyList<AggregationMethod> SelectedBy)
{
    /// <summary>The answer-language check's finding: why the text's script does not fit the prompt's language, or null.</summary>
    public string? LanguageProblem { get; init; }

    /// <summary>The thought hints its generation request carried, most similar first; empty without hints.</summary>
    public IReadOnlyList<HintDetail> Hints { get; init; } = [];
}
