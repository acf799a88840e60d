namespace FusionStudio.Simulation;

/// <summary>
/// Guesses the language of a prompt well enough to answer in it: by script for Arabic, Hindi, Chinese and Japanese,
/// by common words for German, French and Spanish; English otherwise.
/// </summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        int arabic = 0, devanagari = 0, kana = 0, han = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
            }
        }

        // Japanese mixes kana with kanji; kana alone is enough to tell it from Chinese.
        if (kana > 0)
        {
            return "ja";
        }

        var best = new[] { ("ar", arabic), ("hi", devanagari), ("zh", han) }.MaxBy(pair => pair.Item2);
        if (best.Item2 > 0)
        {
            return best.Item1;
        }

        return DetectLatin(text);
    }

    private static string DetectLatin(string text)
    {
        var words = KeywordExtractor.Words(text).Select(word => word.ToLowerInvariant()).ToList();
        var scores = new[] { "de", "fr", "es", "en" }
            .Select(language => (language, hits: words.Count(word => Stopwords.For(language).Contains(word))))
            .ToList();
        var best = scores.MaxBy(score => score.hits);

        // English wins ties: its stopword list is the longest, so a foreign guess must beat it outright.
        var english = scores.Single(score => score.language == "en").hits;
        return best.hits > english ? best.language : "en";
    }
}
