using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Engine.Judging;

/// <summary>Builds the messages that ask a pointwise judge to score one candidate.</summary>
public static class PointwiseRequestBuilder
{
    public static IReadOnlyList<PromptMessage> Build(PromptTemplateVersion template, DatasetPrompt prompt, string response)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(response);
        return PromptTemplateRenderer.Render(template, PromptValues.Pointwise(prompt.Text, prompt.Language, response));
    }
}
