using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>The placeholder names templates may use, and which of them each kind of template needs.</summary>
public static class PromptPlaceholders
{
    public const string Prompt = "prompt";

    public const string Language = "language";

    public const string Candidates = "candidates";

    public const string References = "references";

    public const string Response = "response";

    public const string ResponseA = "response_a";

    public const string ResponseB = "response_b";

    /// <summary>A thought summarizer's numbered best past answers.</summary>
    public const string Answers = "answers";

    /// <summary>The thought templates of similar past queries, numbered, for a generation request with hints.</summary>
    public const string Hints = "hints";

    /// <summary>The placeholders a template of this kind cannot work without.</summary>
    public static IReadOnlyList<string> Required(PromptTemplateKind kind) => kind switch
    {
        PromptTemplateKind.Fusor => [Prompt, Candidates],
        PromptTemplateKind.PointwiseJudge => [Prompt, Response],
        PromptTemplateKind.PairwiseJudge => [Prompt, ResponseA, ResponseB],
        PromptTemplateKind.MoaProposer => [Prompt, References],
        PromptTemplateKind.ThoughtSummarizer => [Prompt, Answers],
        PromptTemplateKind.GenerationWithHints => [Prompt, Hints],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown template kind."),
    };

    /// <summary>Every placeholder a template of this kind may use: the required ones and the optional language.</summary>
    public static IReadOnlyList<string> Allowed(PromptTemplateKind kind) => [.. Required(kind), Language];

    /// <summary>How a placeholder is written in a template: <c>{{name}}</c>.</summary>
    public static string Token(string name) => "{{" + name + "}}";

    /// <summary>The kind's name as people read it in messages.</summary>
    public static string Describe(PromptTemplateKind kind) => kind switch
    {
        PromptTemplateKind.Fusor => "fusor",
        PromptTemplateKind.PointwiseJudge => "pointwise judge",
        PromptTemplateKind.PairwiseJudge => "pairwise judge",
        PromptTemplateKind.MoaProposer => "MoA proposer",
        PromptTemplateKind.ThoughtSummarizer => "thought summarizer",
        PromptTemplateKind.GenerationWithHints => "generation with hints",
        _ => kind.ToString(),
    };
}
