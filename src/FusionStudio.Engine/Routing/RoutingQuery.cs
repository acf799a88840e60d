namespace FusionStudio.Engine.Routing;

/// <summary>
/// One logged query with every candidate model's answer to it: actual performance in [0, 1] and cost (USD), in the
/// order of <see cref="RoutingLog.Models"/>.
/// </summary>
public sealed record RoutingQuery(string Key, string Task, string Text, double[] Performance, double[] Cost)
{
    /// <summary>The query's unit-length embedding, once embedded.</summary>
    public float[]? Vector { get; init; }
}
