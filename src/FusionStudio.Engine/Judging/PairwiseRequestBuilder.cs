using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// Builds both orders of a pairwise comparison between answer A and answer B of the same prompt. Asking twice with
/// the positions swapped cancels the judge's bias towards the first (or second) position.
/// </summary>
public static class PairwiseRequestBuilder
{
    public static PairwiseRequest Build(PromptTemplateVersion template, DatasetPrompt prompt, string answerA, string answerB)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answerA);
        ArgumentNullException.ThrowIfNull(answerB);
        var aFirst = PromptTemplateRenderer.Render(template, PromptValues.Pairwise(prompt.Text, prompt.Language, answerA, answerB));
        var bFirst = PromptTemplateRenderer.Render(template, PromptValues.Pairwise(prompt.Text, prompt.Language, answerB, answerA));
        return new PairwiseRequest(aFirst, bFirst);
    }
}
