using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Engine.Thoughts;

/// <summary>
/// A teacher's generation request with thought hints: the generation-with-hints template renders the hints (most
/// similar first) and the prompt's last user turn; a chat's earlier turns stay before it, and the template's system
/// text comes first. A prompt without hints is sent as it is, so hints never change what a teacher sees for nothing.
/// </summary>
public static class HintedGenerationBuilder
{
    public static IReadOnlyList<PromptMessage> Build(PromptTemplateVersion template, DatasetPrompt prompt, IReadOnlyList<ThoughtHint> hints)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(hints);
        var conversation = prompt.ToConversation();
        if (hints.Count == 0)
        {
            return conversation;
        }

        var last = conversation.Select((message, index) => (message, index)).Last(m => m.message.Role == ChatRole.User);
        var rendered = PromptTemplateRenderer.Render(template, PromptValues.GenerationWithHints(last.message.Content, prompt.Language, hints.Select(h => h.Text).ToList()));
        var system = rendered.Where(m => m.Role == ChatRole.System);
        var earlier = conversation.Take(last.index);
        var later = conversation.Skip(last.index + 1);
        return [.. system, .. earlier, .. rendered.Where(m => m.Role != ChatRole.System), .. later];
    }
}
