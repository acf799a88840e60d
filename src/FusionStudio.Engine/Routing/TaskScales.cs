namespace FusionStudio.Engine.Routing;

/// <summary>Per task, the range of performance and cost over every answer, for min–max normalisation within the task.</summary>
public sealed class TaskScales
{
    private readonly Dictionary<string, (double PMin, double PMax, double CMin, double CMax)> _ranges;
    private readonly (double PMin, double PMax, double CMin, double CMax) _overall;

    public TaskScales(IEnumerable<RoutingQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var list = queries.ToList();
        _ranges = list.GroupBy(q => q.Task, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Range(g), StringComparer.Ordinal);
        _overall = list.Count == 0 ? (0, 1, 0, 1) : Range(list);
    }

    /// <summary>Performance scaled to [0, 1] within the task; 0 where every answer of the task scored the same.</summary>
    public double Performance(string task, double value)
    {
        var r = _ranges.GetValueOrDefault(task, _overall);
        return Scale(value, r.PMin, r.PMax);
    }

    public double Cost(string task, double value)
    {
        var r = _ranges.GetValueOrDefault(task, _overall);
        return Scale(value, r.CMin, r.CMax);
    }

    private static double Scale(double value, double min, double max) => max > min ? (value - min) / (max - min) : 0;

    private static (double, double, double, double) Range(IEnumerable<RoutingQuery> queries)
    {
        var list = queries.ToList();
        return (list.Min(q => q.Performance.Min()), list.Max(q => q.Performance.Max()), list.Min(q => q.Cost.Min()), list.Max(q => q.Cost.Max()));
    }
}
