using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Library;

/// <summary>How the pages name each kind of template.</summary>
public static class PromptKinds
{
    public static IReadOnlyList<PromptTemplateKind> All { get; } =
        [PromptTemplateKind.Fusor, PromptTemplateKind.PointwiseJudge, PromptTemplateKind.PairwiseJudge, PromptTemplateKind.MoaProposer, PromptTemplateKind.ThoughtSummarizer, PromptTemplateKind.GenerationWithHints];

    public static string Label(PromptTemplateKind kind) => kind switch
    {
        PromptTemplateKind.Fusor => "Fusor",
        PromptTemplateKind.PointwiseJudge => "Pointwise judge",
        PromptTemplateKind.PairwiseJudge => "Pairwise judge",
        PromptTemplateKind.MoaProposer => "MoA proposer",
        PromptTemplateKind.ThoughtSummarizer => "Thought summarizer",
        PromptTemplateKind.GenerationWithHints => "Generation with hints",
        _ => kind.ToString(),
    };

    public static string Explain(PromptTemplateKind kind) => kind switch
    {
        PromptTemplateKind.Fusor => "Writes one answer from the prompt and all candidates.",
        PromptTemplateKind.PointwiseJudge => "Scores one answer on its own.",
        PromptTemplateKind.PairwiseJudge => "Chooses between answer A and answer B (asked in both orders).",
        PromptTemplateKind.MoaProposer => "Answers again in a Mixture-of-Agents layer, with the previous layer's answers as references.",
        PromptTemplateKind.ThoughtSummarizer => "Writes a thought template from a past query's best answers.",
        PromptTemplateKind.GenerationWithHints => "Asks a teacher the prompt with thought templates of similar past queries as hints.",
        _ => "",
    };
}
