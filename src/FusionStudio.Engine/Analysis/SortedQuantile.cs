namespace FusionStudio.Engine.Analysis;

/// <summary>A quantile of values already sorted ascending, by linear interpolation between order statistics ("type 7").</summary>
public static class SortedQuantile
{
    public static double Of(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
