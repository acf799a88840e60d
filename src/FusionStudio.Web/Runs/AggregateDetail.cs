using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>One method's answer to a prompt, with candidates named by their numbers.</summary>
/// <param name="PresentedOrder">For fusion: candidate numbers in the order the fusor read them.</param>
/// <param name="Score">For fusion: the pointwise judge's score of the fused answer, once it has one.</param>
/// <param name="Attribution">For fusion: which parts of the answer came from which candidate.</param>
public sealed record AggregateDetail(
    AggregationMethod Method,
    string? Text,
    int? SelectedNumber,
    IReadOnlyList<int> PresentedOrder,
    ModelCallUsage Usage,
    string? Error,
    Score? Score = null,
    RunPromptDetailAttribution? Attribution = null)
{
    /// <summary>The answer-language check's finding: why the text's script does not fit the prompt's language, or null.</summary>
    public string? LanguageProblem { get; init; }
}
