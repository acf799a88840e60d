using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// Renders texts as numbered blocks of one <see cref="PromptProtocol"/> tag (past answers, hints), separated by blank
/// lines, each neutralised so that no text can close its block early.
/// </summary>
public static class TaggedBlockFormatter
{
    public static string Format(string tag, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return string.Join("\n\n", texts.Select((text, index) => PromptProtocol.Numbered(tag, index + 1, FramingTags.Neutralise(text).Trim('\r', '\n').TrimEnd())));
    }
}
