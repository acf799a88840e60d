namespace FusionStudio.Engine.Scaling;

/// <summary>
/// The score Best-of-k keeps, averaged over every k-subset of a prompt's scored candidates, without enumerating
/// them: with the n scores sorted ascending, the i-th is the subset's maximum in C(i−1, k−1) of the C(n, k)
/// subsets, so E[max] = Σᵢ s₍ᵢ₎·C(i−1, k−1)/C(n, k). Ties need no care: tied candidates carry the same score,
/// whichever of them Best-of-N's tie-break keeps.
/// </summary>
public static class ExpectedBestOfK
{
    /// <summary>Null when no candidate is scored; with fewer than k scored, the best of those there are.</summary>
    public static double? Of(IEnumerable<double?> scores, int k)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var sorted = scores.OfType<double>().Where(double.IsFinite).Order().ToArray();
        var n = sorted.Length;
        if (n == 0)
        {
            return null;
        }

        k = Math.Min(k, n);
        // weight(i) = C(i−1, k−1) / C(n, k) for the 1-based rank i; it starts at 1 / C(n, k) for i = k and grows by
        // i / (i − k + 1) per rank, which keeps every step a ratio of small numbers.
        var weight = 1 / Binomial(n, k);
        var expected = 0.0;
        for (var i = k; i <= n; i++)
        {
            expected += sorted[i - 1] * weight;
            weight *= (double)i / (i - k + 1);
        }

        return expected;
    }

    private static double Binomial(int n, int k)
    {
        var result = 1.0;
        for (var j = 1; j <= k; j++)
        {
            result = result * (n - k + j) / j;
        }

        return result;
    }
}
