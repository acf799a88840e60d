using System.Text;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// Flags a prompt whose letters do not fit its language tag, e.g. "en" written in Arabic script or "zh" with only
/// Latin letters: usually a wrong language column or default. It is a warning; the prompt is still imported.
/// </summary>
public static class LanguageScriptCheck
{
    /// <summary>Texts with fewer letters than this say too little to judge.</summary>
    private const int MinLetters = 4;

    /// <summary>Below this share of the expected script's letters, the text is flagged.</summary>
    private const double MinShare = 0.3;

    private static readonly Dictionary<string, WritingScript[]> _scriptsOfLanguage = Build();

    /// <summary>Why the text does not fit the language, or null when it does or the language is not known here.</summary>
    public static string? Check(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ExpectedScripts(language) is not { } expected)
        {
            return null;
        }

        var counts = new Dictionary<WritingScript, int>();
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                letters++;
                var script = WritingScripts.Of(rune);
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        if (letters < MinLetters)
        {
            return null;
        }

        var matching = expected.Sum(script => counts.GetValueOrDefault(script));
        var dominant = counts.Where(pair => !expected.Contains(pair.Key)).OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault();
        var wanted = string.Join(" or ", expected.Select(WritingScripts.Describe));

        // Chinese, Japanese and Korean prompts often quote Latin code or names: only a text with none of the script is flagged.
        var ideographic = expected.Any(script => script is WritingScript.Han or WritingScript.Kana or WritingScript.Hangul);
        if (ideographic)
        {
            return matching == 0 ? $"language \"{language}\" expects {wanted}, but the text has none (only {WritingScripts.Describe(dominant)})" : null;
        }

        return (double)matching / letters < MinShare
            ? $"language \"{language}\" expects {wanted}, but the text is mostly {WritingScripts.Describe(dominant)}"
            : null;
    }

    /// <summary>The scripts a tag expects: its script subtag if it has one, else its language's usual scripts.</summary>
    public static WritingScript[]? ExpectedScripts(string language)
    {
        var parts = (language ?? "").Split('-');
        foreach (var part in parts.Skip(1))
        {
            switch (part.ToLowerInvariant())
            {
                case "latn":
                    return [WritingScript.Latin];
                case "cyrl":
                    return [WritingScript.Cyrillic];
                case "arab":
                    return [WritingScript.Arabic];
                case "hans" or "hant":
                    return [WritingScript.Han];
                case "deva":
                    return [WritingScript.Devanagari];
            }
        }

        return _scriptsOfLanguage.GetValueOrDefault(parts[0].ToLowerInvariant());
    }

    private static Dictionary<string, WritingScript[]> Build()
    {
        var map = new Dictionary<string, WritingScript[]>(StringComparer.Ordinal);
        void Add(string codes, params WritingScript[] scripts)
        {
            foreach (var code in codes.Split(' '))
            {
                map[code] = scripts;
            }
        }

        Add("en de fr es it pt nl pl tr vi id ms sw sv cs da fi no nb nn ro hu sk sl hr bs et lv lt ga cy eu ca gl af sq is tl fil yo ha ig zu xh so uz az mt lb", WritingScript.Latin);
        Add("ru uk bg be mk kk ky mn tg", WritingScript.Cyrillic);
        Add("sr", WritingScript.Cyrillic, WritingScript.Latin);
        Add("el", WritingScript.Greek);
        Add("ar fa ur ps ug ckb sd", WritingScript.Arabic);
        Add("he yi", WritingScript.Hebrew);
        Add("hi mr ne sa", WritingScript.Devanagari);
        Add("bn as", WritingScript.Bengali);
        Add("th", WritingScript.Thai);
        Add("zh yue", WritingScript.Han);
        Add("ja", WritingScript.Kana, WritingScript.Han);
        Add("ko", WritingScript.Hangul, WritingScript.Han);
        return map;
    }
}
