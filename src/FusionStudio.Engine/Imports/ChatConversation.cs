using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// A chat row read as a prompt: the conversation up to the last user message, that message as the prompt's text and
/// the assistant reply after it, if any, as the reference.
/// </summary>
internal sealed record ChatConversation(IReadOnlyList<PromptMessage> Messages, string Text, string? Reference)
{
    public static ChatConversation? From(IReadOnlyList<PromptMessage> messages, out string? error)
    {
        var lastUser = -1;
        for (var index = messages.Count - 1; index >= 0; index--)
        {
            if (messages[index].Role == ChatRole.User)
            {
                lastUser = index;
                break;
            }
        }

        if (lastUser < 0)
        {
            error = messages.Count == 0 ? "has no messages" : "no user message";
            return null;
        }

        var text = messages[lastUser].Content;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"the last user message (message {lastUser + 1}) is empty";
            return null;
        }

        var reply = messages.Skip(lastUser + 1).FirstOrDefault(m => m.Role == ChatRole.Assistant && !string.IsNullOrWhiteSpace(m.Content));
        error = null;
        return new ChatConversation(messages.Take(lastUser + 1).ToList(), text, reply?.Content);
    }
}
