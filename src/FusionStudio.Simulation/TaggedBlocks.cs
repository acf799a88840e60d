using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Simulation;

/// <summary>Finds the tagged blocks of <see cref="PromptProtocol"/> in message text.</summary>
internal static partial class TaggedBlocks
{
    public static string JoinContents(IReadOnlyList<SimulationMessage> messages) =>
        string.Join("\n\n", messages.Select(message => message.Content));

    /// <summary>The candidates' texts in the order they appear, trimmed.</summary>
    public static IReadOnlyList<string> Candidates(string text) =>
        CandidatePattern().Matches(text).Select(match => match.Groups["body"].Value.Trim()).ToList();

    /// <summary>The references' texts of a Mixture-of-Agents proposer request, in the order they appear, trimmed.</summary>
    public static IReadOnlyList<string> References(string text) =>
        ReferencePattern().Matches(text).Select(match => match.Groups["body"].Value.Trim()).ToList();
    /// <summary>The bodies of the numbered <c>&lt;tag id="n"&gt;</c> blocks in the order they appear, trimmed.</summary>
    public static IReadOnlyList<string> Numbered(string text, string tag) =>
        Regex.Matches(text, "<" + Regex.Escape(tag) + @"\s+id\s*=\s*""[^""]*""\s*>(?<body>.*?)</" + Regex.Escape(tag) + ">", RegexOptions.Singleline | RegexOptions.CultureInvariant)
            .Select(match => match.Groups["body"].Value.Trim())
            .ToList();

    /// <summary>The trimmed body of the first <c>&lt;tag&gt;…&lt;/tag&gt;</c> block, or null.</summary>
    public static string? Find(string text, string tag)
    {
        var open = "<" + tag + ">";
        var close = "</" + tag + ">";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end].Trim();
    }

    [GeneratedRegex("""<candidate\s+id\s*=\s*"[^"]*"\s*>(?<body>.*?)</candidate>""", RegexOptions.Singleline)]
    private static partial Regex CandidatePattern();

    [GeneratedRegex("""<reference\s+id\s*=\s*"[^"]*"\s*>(?<body>.*?)</reference>""", RegexOptions.Singleline)]
    private static partial Regex ReferencePattern();
}
