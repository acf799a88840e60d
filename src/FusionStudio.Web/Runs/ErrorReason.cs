using System.Text.RegularExpressions;

namespace FusionStudio.Web.Runs;

/// <summary>
/// Turns an error message into a reason that groups well: "HTTP 429 rate limited after 5 attempts" and "… after 3
/// attempts" are one reason. HTTP status codes are kept; other numbers and long ids become "#".
/// </summary>
public static partial class ErrorReason
{
    private const int MaxLength = 160;

    public static string Normalise(string? error)
    {
        if (string.IsNullOrWhiteSpace(error))
        {
            return "Unknown error";
        }

        var text = error.Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline > 0)
        {
            text = text[..newline];
        }

        text = LongId().Replace(text, "#");
        text = Number().Replace(text, "#");
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    [GeneratedRegex(@"\b[0-9a-fA-F-]{16,}\b")]
    private static partial Regex LongId();

    [GeneratedRegex(@"(?<!HTTP )(?<![\w.])\d+(?:[.,]\d+)?(?![\w])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
