using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>Sample values for the template editor's live preview: one short request and three short candidates.</summary>
public static class PromptPreview
{
    public const string SamplePrompt = "Why do we see lightning before we hear thunder?";

    public const string SampleLanguage = "en";

    public static IReadOnlyList<string> SampleCandidates { get; } =
    [
        "Light travels about a million times faster than sound, so the flash reaches you almost at once while the thunder takes about three seconds per kilometre.",
        "Because light is faster than sound. Count the seconds between flash and thunder and divide by three to get the distance in kilometres.",
        "Lightning and thunder happen at the same moment, but sound moves slowly through air (about 343 m/s), so it arrives later.",
    ];

    public const string SampleHint =
        "Physics explanation. 1. Name the two signals and their speeds. 2. Compare the speeds. 3. Give the rule of thumb for distance. Answer in two or three plain sentences.";

    /// <summary>Values for every placeholder the kind allows; others stay visible as written in the preview.</summary>
    public static IReadOnlyDictionary<string, string> SampleValues(PromptTemplateKind kind) => kind switch
    {
        PromptTemplateKind.Fusor => PromptValues.Fusor(SamplePrompt, SampleLanguage, SampleCandidates),
        PromptTemplateKind.PointwiseJudge => PromptValues.Pointwise(SamplePrompt, SampleLanguage, SampleCandidates[0]),
        PromptTemplateKind.PairwiseJudge => PromptValues.Pairwise(SamplePrompt, SampleLanguage, SampleCandidates[0], SampleCandidates[1]),
        PromptTemplateKind.MoaProposer => PromptValues.Proposer(SamplePrompt, SampleLanguage, SampleCandidates),
        PromptTemplateKind.ThoughtSummarizer => PromptValues.ThoughtSummarizer(SamplePrompt, SampleLanguage, SampleCandidates),
        PromptTemplateKind.GenerationWithHints => PromptValues.GenerationWithHints(SamplePrompt, SampleLanguage, [SampleHint]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown template kind."),
    };

    /// <summary>The messages a model would receive for the sample values, while the author is still typing.</summary>
    public static IReadOnlyList<PromptMessage> Render(PromptTemplateKind kind, string systemText, string userText) =>
        PromptTemplateRenderer.RenderPreview(systemText, userText, SampleValues(kind));
}
