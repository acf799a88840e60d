using System.Text;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// A language tag guessed from the script a text is mostly written in, to fix prompts whose tag does not fit their
/// text. A script names a language only roughly (Cyrillic could be Russian or Ukrainian, Latin could be any of
/// dozens), so each script maps to its most common language; a person can still correct the tag afterwards.
/// </summary>
public static class ScriptLanguage
{
    /// <summary>The guessed tag, or null for a text with too few letters or letters of no known script.</summary>
    public static string? Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<WritingScript, int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                var script = WritingScripts.Of(rune);
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        if (counts.Values.Sum() < 4)
        {
            return null;
        }

        // Japanese mixes kana with Chinese characters: any kana makes it Japanese, any Hangul Korean.
        if (counts.ContainsKey(WritingScript.Kana))
        {
            return "ja";
        }

        if (counts.ContainsKey(WritingScript.Hangul))
        {
            return "ko";
        }

        var dominant = counts.Where(pair => pair.Key != WritingScript.Other).OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault();
        return dominant switch
        {
            WritingScript.Latin => "en",
            WritingScript.Cyrillic => "ru",
            WritingScript.Greek => "el",
            WritingScript.Arabic => "ar",
            WritingScript.Hebrew => "he",
            WritingScript.Devanagari => "hi",
            WritingScript.Bengali => "bn",
            WritingScript.Thai => "th",
            WritingScript.Han => "zh",
            _ => null,
        };
    }
}
