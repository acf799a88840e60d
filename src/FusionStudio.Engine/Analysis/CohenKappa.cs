namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Cohen's κ between two raters over the categories {A better, tie, B better}, with its linearly weighted form (the
/// categories are ordered, so "tie" against "A better" is half a disagreement) and a normal-approximation interval,
/// SE = √(p_o (1 − p_o) / (n (1 − p_e)²)) (Cohen 1960).
/// </summary>
public static class CohenKappa
{
    /// <summary>Below this many items κ is shown but flagged as too few to read.</summary>
    public const int MinimumItems = 20;

    public static RaterAgreement Compute(IEnumerable<(Outcome First, Outcome Second)> ratings, double level = 0.95)
    {
        var table = new int[3, 3];
        var items = 0;
        foreach (var (first, second) in ratings)
        {
            table[(int)first, (int)second]++;
            items++;
        }

        return FromTable(table, items, level);
    }

    /// <summary>κ from a square table of counts: rows are the first rater's categories, columns the second's.</summary>
    public static RaterAgreement FromTable(int[,] table, int? items = null, double level = 0.95)
    {
        var size = table.GetLength(0);
        if (table.GetLength(1) != size)
        {
            throw new ArgumentException("The agreement table must be square.", nameof(table));
        }

        var total = items ?? table.Cast<int>().Sum();
        if (total == 0)
        {
            return RaterAgreement.None;
        }

        var agreeing = 0;
        var expected = 0.0;
        for (var i = 0; i < size; i++)
        {
            agreeing += table[i, i];
            var row = 0;
            var column = 0;
            for (var j = 0; j < size; j++)
            {
                row += table[i, j];
                column += table[j, i];
            }

            expected += (double)row / total * column / total;
        }

        var observed = (double)agreeing / total;
        // Rounding can leave p_e a hair below 1 when every item sits in one cell.
        double? kappa = 1 - expected < 1e-12 ? null : (observed - expected) / (1 - expected);
        return new RaterAgreement(total, agreeing, expected, kappa)
        {
            WeightedKappa = Weighted(table, total),
            KappaInterval = kappa is { } k ? Interval(k, observed, expected, total, level) : null,
        };
    }

    /// <summary>Linear weights: w_ij = 1 − |i − j| / (k − 1); κ_w = (p_o,w − p_e,w) / (1 − p_e,w).</summary>
    private static double? Weighted(int[,] table, int total)
    {
        var size = table.GetLength(0);
        if (size < 2)
        {
            return null;
        }

        var rows = new double[size];
        var columns = new double[size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                rows[i] += table[i, j];
                columns[j] += table[i, j];
            }
        }

        var observed = 0.0;
        var expected = 0.0;
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var weight = 1 - ((double)Math.Abs(i - j) / (size - 1));
                observed += weight * table[i, j] / total;
                expected += weight * rows[i] / total * columns[j] / total;
            }
        }

        return 1 - expected < 1e-12 ? null : (observed - expected) / (1 - expected);
    }

    private static ConfidenceInterval Interval(double kappa, double observed, double expected, int total, double level)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var se = Math.Sqrt(observed * (1 - observed) / (total * (1 - expected) * (1 - expected)));
        return new ConfidenceInterval(Math.Max(-1, kappa - (z * se)), Math.Min(1, kappa + (z * se)));
    }
}
