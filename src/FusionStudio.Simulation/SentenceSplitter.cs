using System.Text.RegularExpressions;

namespace FusionStudio.Simulation;

/// <summary>Splits an answer into sentences, dropping list markers, so a fusion can pick and merge them.</summary>
internal static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var content = ListMarker().Replace(line.Trim(), string.Empty);
            sentences.AddRange(SentenceEnd().Split(content)
                .Select(sentence => sentence.Trim())
                .Where(sentence => sentence.Length >= 3));
        }

        return sentences;
    }

    [GeneratedRegex(@"^(\d+[.)]|[-*•])\s+")]
    private static partial Regex ListMarker();

    // After . ! ? a space follows; after the full-width marks of Chinese, Japanese and Hindi it need not.
    [GeneratedRegex(@"(?<=[.!?؟])\s+|(?<=[。！？।])")]
    private static partial Regex SentenceEnd();
}
