using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Text;

namespace FusionStudio.Simulation;

/// <summary>
/// The simulated judges' rubric: a model-specific random base plus points for length, structure and a concrete
/// example, so that better-looking answers tend to score higher without every judge agreeing exactly.
/// </summary>
internal sealed partial record AnswerQuality(int Score, int Tokens, bool Structured, bool HasExample)
{
    public static AnswerQuality Assess(string judgeModel, string response)
    {
        if (string.IsNullOrWhiteSpace(response))
        {
            return new AnswerQuality(PromptProtocol.MinScore, 0, false, false);
        }

        var tokens = TokenEstimator.Estimate(response);
        var structured = ListItem().Count(response) >= 3 || response.Contains("\n\n", StringComparison.Ordinal);
        var hasExample = ExampleMarker().IsMatch(response);
        var score = 3 + (int)(StableHash.Of(judgeModel, response) % 3)
            + (tokens >= 30 ? 1 : 0) + (tokens >= 80 ? 1 : 0) + (tokens >= 160 ? 1 : 0)
            + (structured ? 1 : 0) + (hasExample ? 1 : 0);
        return new AnswerQuality(Math.Clamp(score, PromptProtocol.MinScore, PromptProtocol.MaxScore), tokens, structured, hasExample);
    }

    /// <summary>The judge's one-sentence rationale.</summary>
    public string Describe()
    {
        if (Tokens == 0)
        {
            return "The response is empty, so it does not answer the question.";
        }

        var length = Tokens < 30 ? "brief" : Tokens < 80 ? "reasonably complete" : "thorough";
        var structure = Structured ? "well structured" : "loosely structured";
        var example = HasExample ? "illustrated with a concrete example" : "lacks a concrete example";
        return $"The response is {length}, {structure} and {example}.";
    }

    [GeneratedRegex(@"^\s*(\d+[.)]|[-*•])\s+", RegexOptions.Multiline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"example|e\.g\.|for instance|beispiel|exemple|ejemplo|例|उदाहरण|مثال|\d", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleMarker();
}
