namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Judge scores of one method's answers on the judge's 1–10 scale: one bin per whole point (bin k holds scores in
/// [k, k+1); the top bin also holds 10), with mean and median. Scores outside the scale are put in the nearest bin.
/// </summary>
public sealed record ScoreDistribution(IReadOnlyList<int> Bins, int Count, double? Mean, double? Median)
{
    public const int MinScore = 1;
    public const int MaxScore = 10;

    public static ScoreDistribution Empty { get; } = FromCounts([]);

    public static IReadOnlyList<string> BinLabels { get; } =
        Enumerable.Range(MinScore, MaxScore - MinScore + 1).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static ScoreDistribution FromCounts(IEnumerable<ScoreCount> counts)
    {
        var values = counts.Where(c => c.Count > 0 && double.IsFinite(c.Score))
            .GroupBy(c => c.Score).Select(g => new ScoreCount(g.Key, g.Sum(c => c.Count)))
            .OrderBy(c => c.Score).ToList();
        var bins = new int[MaxScore - MinScore + 1];
        foreach (var value in values)
        {
            bins[Math.Clamp((int)Math.Floor(value.Score), MinScore, MaxScore) - MinScore] += value.Count;
        }

        var total = values.Sum(v => (long)v.Count);
        if (total == 0)
        {
            return new ScoreDistribution(bins, 0, null, null);
        }

        var mean = values.Sum(v => v.Score * v.Count) / total;
        return new ScoreDistribution(bins, (int)total, mean, MedianOf(values, total));
    }

    // The middle value, or the mean of the two middle values, read off the sorted distinct scores.
    private static double MedianOf(IReadOnlyList<ScoreCount> sorted, long total)
    {
        double At(long rank)
        {
            long seen = 0;
            foreach (var value in sorted)
            {
                seen += value.Count;
                if (rank < seen)
                {
                    return value.Score;
                }
            }

            return sorted[^1].Score;
        }

        return total % 2 == 1 ? At(total / 2) : (At((total / 2) - 1) + At(total / 2)) / 2;
    }
}
