using System.Text.RegularExpressions;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// The tags our templates wrap texts in (<c>&lt;prompt&gt;</c>, <c>&lt;candidate&gt;</c>, <c>&lt;reference&gt;</c>, <c>&lt;response&gt;</c>…).
/// A model's answer or a user's prompt may contain them — by accident or on purpose — and could then close its
/// block early and pose as another candidate or as instructions. Escaping the <c>&lt;</c> of just these tag names
/// keeps the framing intact while every other character, HTML and code included, reaches the model unchanged.
/// </summary>
public static partial class FramingTags
{
    public const string EscapedOpenBracket = "&lt;";

    public static IReadOnlyList<string> Names { get; } = ["prompt", "candidate", "reference", "response", "response_a", "response_b", "past_answer", "hint"];

    /// <summary>The text with every opening or closing tag of <see cref="Names"/> (any case, any spacing) defused.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OwnTagPattern().Replace(text, EscapedOpenBracket);
    }

    // Matches only the "<" before one of our tag names; "(?!\w)" keeps "<prompts>" or "<responses>" untouched.
    [GeneratedRegex(@"<(?=\s*/?\s*(?:prompt|candidate|reference|response_a|response_b|response|past_answer|hint)(?![A-Za-z0-9_]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnTagPattern();
}
