using System.Text.RegularExpressions;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// A pairwise judge's rationale in words people can read: the letters it was asked in ("Response A", "answer B",
/// "[[A]]") become the names of what was shown in that place. A comparison is asked in both orders, so the caller
/// says which method was shown first in this order; a bare letter ("A is better") is left alone, because an "A"
/// can be an article.
/// </summary>
public static partial class JudgeRationale
{
    public static string MapSides(string rationale, string shownFirst, string shownSecond)
    {
        ArgumentNullException.ThrowIfNull(rationale);
        return SidePattern().Replace(rationale, match =>
            char.ToUpperInvariant(match.Groups["side"].Value[0]) == 'A' ? shownFirst : shownSecond);
    }

    [GeneratedRegex("""(?:\b(?:response|answer|assistant|candidate)[\s_-]*(?<side>[ab])\b)|(?:\[\[(?<side>[AB])\]\])""", RegexOptions.IgnoreCase)]
    private static partial Regex SidePattern();
}
