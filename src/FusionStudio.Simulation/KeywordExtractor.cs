using System.Text.RegularExpressions;

namespace FusionStudio.Simulation;

/// <summary>Picks the words of a question that a simulated answer echoes, so answers read as being about it.</summary>
internal static partial class KeywordExtractor
{
    private const int MaxKeywords = 5;
    private const int MaxIdeographPiece = 4;

    public static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(match => match.Value);

    /// <summary>
    /// Up to five distinct keywords in order of appearance, padded with the language's fallbacks to three, and how
    /// many came from the text itself.
    /// </summary>
    public static (IReadOnlyList<string> Keywords, int FromText) Extract(string text, IReadOnlyList<string> fallbacks)
    {
        var keywords = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words(text).SelectMany(SplitIdeographs))
        {
            if (keywords.Count == MaxKeywords)
            {
                break;
            }

            if (IsKeyword(word) && seen.Add(word))
            {
                keywords.Add(word);
            }
        }

        var fromText = keywords.Count;
        foreach (var fallback in fallbacks)
        {
            if (keywords.Count >= 3)
            {
                break;
            }

            keywords.Add(fallback);
        }

        return (keywords, fromText);
    }

    private static bool IsKeyword(string word)
    {
        var minLength = IsIdeographic(word[0]) ? 1 : 3;
        return word.Length >= minLength && !Stopwords.IsStopword(word);
    }

    /// <summary>
    /// Chinese and Japanese have no spaces: keep runs of kanji or katakana (Japanese grammar is written in hiragana)
    /// and cut them at common Chinese function characters.
    /// </summary>
    private static IEnumerable<string> SplitIdeographs(string word)
    {
        if (!IsIdeographic(word[0]))
        {
            return [word];
        }

        return IdeographRun().Matches(word)
            .SelectMany(run => ChineseFunctionCharacters().Split(run.Value))
            .Where(piece => piece.Length > 0)
            .Select(piece => piece.Length > MaxIdeographPiece ? piece[..MaxIdeographPiece] : piece);
    }

    private static bool IsIdeographic(char c) => c is >= '\u3040' and <= '\u9FFF';

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\u4E00-\u9FFF\u30A0-\u30FF]+")]
    private static partial Regex IdeographRun();

    [GeneratedRegex("[的是了吗呢么什为怎在和与有这那哪个吧啊不如何]+")]
    private static partial Regex ChineseFunctionCharacters();
}
