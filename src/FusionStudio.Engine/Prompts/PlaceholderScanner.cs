using System.Globalization;
using System.Text.RegularExpressions;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// Finds <c>{{name}}</c> placeholders (whitespace inside the braces allowed) and brace mistakes. Single braces are
/// ordinary text, because judge prompts show JSON examples; only double braces, or a name closed by <c>}}</c> but
/// opened with one brace, are read as (broken) placeholders.
/// </summary>
public static partial class PlaceholderScanner
{
    private const string Open = "{{";
    private const string Close = "}}";

    public static PlaceholderScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placeholders = new List<PlaceholderOccurrence>();
        var errors = new List<string>();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            var nextOpen = text.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                errors.Add($"Unbalanced braces: \"{{{{\" on line {LineOf(text, open)} has no matching \"}}}}\".");
                position = open + Open.Length;
                continue;
            }

            var inner = text[(open + Open.Length)..close];
            var name = inner.Trim();
            if (NamePattern().IsMatch(name))
            {
                placeholders.Add(new PlaceholderOccurrence(name, open, close + Close.Length - open));
            }
            else
            {
                errors.Add($"\"{Open}{inner}{Close}\" on line {LineOf(text, open)} is not a placeholder: write a name such as {{{{prompt}}}}.");
            }

            position = close + Close.Length;
        }

        foreach (Match match in OneBraceOpenPattern().Matches(text))
        {
            errors.Add($"Unbalanced braces: \"{match.Value}\" on line {LineOf(text, match.Index)} opens with one brace; write {{{{{match.Groups["name"].Value}}}}}.");
        }

        return new PlaceholderScan(placeholders, errors);
    }

    private static string LineOf(string text, int index) =>
        (text.AsSpan(0, index).Count('\n') + 1).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    // "{name}}" — the lookbehind keeps a well-formed "{{name}}" from matching.
    [GeneratedRegex("""(?<!\{)\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}""")]
    private static partial Regex OneBraceOpenPattern();
}
