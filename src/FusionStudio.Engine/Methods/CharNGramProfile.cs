using System.Text;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// The character n-gram counts of one text for n = 1..<see cref="ChrF.MaxOrder"/>, whitespace removed. Built once per
/// candidate so that MBR's N×N comparisons do not recount. Characters are Unicode scalar values, as in sacrebleu,
/// so an emoji or a CJK character outside the BMP is one character, not two.
/// </summary>
public sealed class CharNGramProfile
{
    private readonly Dictionary<string, int>[] _counts;
    private readonly int[] _totals;

    private CharNGramProfile(Dictionary<string, int>[] counts, int[] totals)
    {
        _counts = counts;
        _totals = totals;
    }

    /// <summary>How many n-grams of order <paramref name="n"/> the text has (with repeats).</summary>
    public int Total(int n) => _totals[n - 1];

    /// <summary>n-grams shared with <paramref name="other"/>, each counted at most as often as it occurs in both (clipped).</summary>
    public int Matches(CharNGramProfile other, int n)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = _counts[n - 1].Count <= other._counts[n - 1].Count
            ? (_counts[n - 1], other._counts[n - 1])
            : (other._counts[n - 1], _counts[n - 1]);
        var matches = 0;
        foreach (var (gram, count) in small)
        {
            if (large.TryGetValue(gram, out var otherCount))
            {
                matches += Math.Min(count, otherCount);
            }
        }

        return matches;
    }

    public static CharNGramProfile Of(string text, int maxOrder = ChrF.MaxOrder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOrder, 1);
        var compact = new StringBuilder(text.Length);
        var boundaries = new List<int> { 0 };
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune))
            {
                compact.Append(rune.ToString());
                boundaries.Add(compact.Length);
            }
        }

        var characters = compact.ToString();
        var length = boundaries.Count - 1;
        var counts = new Dictionary<string, int>[maxOrder];
        var totals = new int[maxOrder];
        for (var n = 1; n <= maxOrder; n++)
        {
            var grams = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var start = 0; start + n <= length; start++)
            {
                var gram = characters[boundaries[start]..boundaries[start + n]];
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }

            counts[n - 1] = grams;
            totals[n - 1] = Math.Max(0, length - n + 1);
        }

        return new CharNGramProfile(counts, totals);
    }
}
