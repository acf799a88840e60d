using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// The placeholder values of each kind of request. Texts that sit inside our tags (prompt, responses, candidates)
/// are neutralised here, so no builder can forget it.
/// </summary>
public static class PromptValues
{
    public static IReadOnlyDictionary<string, string> Fusor(string prompt, string language, IReadOnlyList<string> candidateTexts) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.Candidates] = CandidateBlockFormatter.Format(candidateTexts),
        };

    public static IReadOnlyDictionary<string, string> Proposer(string prompt, string language, IReadOnlyList<string> referenceTexts) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.References] = CandidateBlockFormatter.FormatReferences(referenceTexts),
        };

    public static IReadOnlyDictionary<string, string> ThoughtSummarizer(string prompt, string language, IReadOnlyList<string> answerTexts) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.Answers] = TaggedBlockFormatter.Format(PromptProtocol.PastAnswerTag, answerTexts),
        };

    public static IReadOnlyDictionary<string, string> GenerationWithHints(string prompt, string language, IReadOnlyList<string> hintTexts) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.Hints] = TaggedBlockFormatter.Format(PromptProtocol.HintTag, hintTexts),
        };

    public static IReadOnlyDictionary<string, string> Pointwise(string prompt, string language, string response) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.Response] = FramingTags.Neutralise(response),
        };

    public static IReadOnlyDictionary<string, string> Pairwise(string prompt, string language, string responseA, string responseB) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptPlaceholders.Prompt] = FramingTags.Neutralise(prompt),
            [PromptPlaceholders.Language] = LanguageNames.Describe(language),
            [PromptPlaceholders.ResponseA] = FramingTags.Neutralise(responseA),
            [PromptPlaceholders.ResponseB] = FramingTags.Neutralise(responseB),
        };
}
