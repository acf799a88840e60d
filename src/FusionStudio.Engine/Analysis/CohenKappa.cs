namespace FusionStudio.Engine.Analysis;

/// <summary>Cohen's κ between two raters over the categories {A better, B better, tie}.</summary>
public static class CohenKappa
{
    public static RaterAgreement Compute(IEnumerable<(Outcome First, Outcome Second)> ratings)
    {
        var table = new int[3, 3];
        var items = 0;
        foreach (var (first, second) in ratings)
        {
            table[(int)first, (int)second]++;
            items++;
        }

        return FromTable(table, items);
    }

    /// <summary>κ from a square table of counts: rows are the first rater's categories, columns the second's.</summary>
    public static RaterAgreement FromTable(int[,] table, int? items = null)
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
        return new RaterAgreement(total, agreeing, expected, kappa);
    }
}
