using System.Globalization;
using System.Text;

namespace FusionStudio.Engine.Attribution;

/// <summary>
/// Splits text into words for attribution. A word is a run of letters, digits and combining marks; punctuation and
/// spaces separate words and are not compared. Scripts written without spaces between words (Chinese, Japanese kana,
/// Thai, Lao, Khmer, Myanmar) give one token per character, its combining marks included.
/// </summary>
public static class AttributionTokenizer
{
    public static IReadOnlyList<AttributionToken> Tokenize(string text)
    {
        var tokens = new List<AttributionToken>();
        var wordStart = -1;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var width);
            if (IsUnspacedScript(rune))
            {
                Flush(text, tokens, ref wordStart, index);
                var end = index + width;
                while (end < text.Length && Rune.DecodeFromUtf16(text.AsSpan(end), out var next, out var nextWidth) == System.Buffers.OperationStatus.Done
                       && IsMark(next))
                {
                    end += nextWidth;
                }

                tokens.Add(new AttributionToken(index, end - index, Normalize(text[index..end]), IsCharacter: true));
                index = end;
                continue;
            }

            if (IsWordPart(rune))
            {
                if (wordStart < 0)
                {
                    wordStart = index;
                }
            }
            else
            {
                Flush(text, tokens, ref wordStart, index);
            }

            index += width;
        }

        Flush(text, tokens, ref wordStart, text.Length);
        return tokens;
    }

    private static void Flush(string text, List<AttributionToken> tokens, ref int wordStart, int end)
    {
        if (wordStart >= 0)
        {
            tokens.Add(new AttributionToken(wordStart, end - wordStart, Normalize(text[wordStart..end]), IsCharacter: false));
            wordStart = -1;
        }
    }

    // Case and composed/decomposed forms should not hide a copied phrase.
    private static string Normalize(string token) => token.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsUnspacedScript(Rune rune)
    {
        var value = rune.Value;
        return !IsMark(rune) && (
            value is >= 0x3040 and <= 0x30FF // Hiragana, Katakana
            or >= 0x31F0 and <= 0x31FF // Katakana phonetic extensions
            or >= 0x3400 and <= 0x4DBF // CJK extension A
            or >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
            or >= 0xF900 and <= 0xFAFF // CJK compatibility ideographs
            or >= 0xFF66 and <= 0xFF9F // half-width Katakana
            or >= 0x20000 and <= 0x3FFFF // CJK extensions B and later
            or >= 0x0E00 and <= 0x0EFF // Thai, Lao
            or >= 0x1000 and <= 0x109F // Myanmar
            or >= 0x1780 and <= 0x17FF); // Khmer
    }
}
