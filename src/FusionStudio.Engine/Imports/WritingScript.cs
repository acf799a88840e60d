using System.Text;

namespace FusionStudio.Engine.Imports;

/// <summary>The writing systems the language check tells apart.</summary>
public enum WritingScript
{
    Other = 0,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Thai,
    Hangul,
    Kana,
    Han,
}

/// <summary>Which script a letter belongs to, by Unicode block.</summary>
public static class WritingScripts
{
    public static WritingScript Of(Rune letter) => letter.Value switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0xC0 and <= 0x24F) or (>= 0x1E00 and <= 0x1EFF) => WritingScript.Latin,
        (>= 0x370 and <= 0x3FF) or (>= 0x1F00 and <= 0x1FFF) => WritingScript.Greek,
        >= 0x400 and <= 0x52F => WritingScript.Cyrillic,
        >= 0x590 and <= 0x5FF => WritingScript.Hebrew,
        (>= 0x600 and <= 0x6FF) or (>= 0x750 and <= 0x77F) or (>= 0x8A0 and <= 0x8FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => WritingScript.Arabic,
        >= 0x900 and <= 0x97F => WritingScript.Devanagari,
        >= 0x980 and <= 0x9FF => WritingScript.Bengali,
        >= 0xE00 and <= 0xE7F => WritingScript.Thai,
        (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => WritingScript.Hangul,
        (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => WritingScript.Kana,
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FFFF) => WritingScript.Han,
        _ => WritingScript.Other,
    };

    public static string Describe(WritingScript script) => script switch
    {
        WritingScript.Latin => "Latin letters",
        WritingScript.Han => "Chinese characters",
        WritingScript.Kana => "kana",
        WritingScript.Hangul => "Hangul",
        WritingScript.Other => "other letters",
        _ => $"{script} script",
    };
}
