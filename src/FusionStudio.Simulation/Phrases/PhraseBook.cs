namespace FusionStudio.Simulation.Phrases;

/// <summary>The languages simulated answers are written in; any other language gets English.</summary>
internal static class PhraseBook
{
    private static readonly Dictionary<string, AnswerPhrases> s_byLanguage = new[]
    {
        EnglishPhrases.Value,
        GermanPhrases.Value,
        FrenchPhrases.Value,
        SpanishPhrases.Value,
        ArabicPhrases.Value,
        ChinesePhrases.Value,
        JapanesePhrases.Value,
        HindiPhrases.Value,
    }.ToDictionary(phrases => phrases.Language, StringComparer.Ordinal);

    public static AnswerPhrases For(string language) =>
        s_byLanguage.TryGetValue(language, out var phrases) ? phrases : EnglishPhrases.Value;
}
