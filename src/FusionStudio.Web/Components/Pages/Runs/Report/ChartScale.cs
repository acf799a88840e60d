namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>
/// A count axis scaled to its data: a tick step of 1, 2 or 5 times a power of ten giving at most
/// <see cref="MaxTicks"/> steps, and a top at the first tick at or above the largest count.
/// </summary>
public readonly record struct ChartScale(int Step, int Top)
{
    public const int MaxTicks = 5;

    public static ChartScale ForCounts(int largest)
    {
        if (largest <= 0)
        {
            return new ChartScale(1, 1);
        }

        var step = 1;
        var magnitude = 1;
        while (true)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                step = factor * magnitude;
                if ((largest + step - 1) / step <= MaxTicks)
                {
                    return new ChartScale(step, (largest + step - 1) / step * step);
                }
            }

            magnitude *= 10;
        }
    }
}
