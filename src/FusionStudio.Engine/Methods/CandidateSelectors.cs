using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Methods;

/// <summary>The selector of each selecting method; fusion methods have none.</summary>
public static class CandidateSelectors
{
    public static IReadOnlyList<ICandidateSelector> All { get; } = [new BestOfNSelector(), new MbrSelector(), new RandomSelector()];

    public static ICandidateSelector For(AggregationMethod method) =>
        All.FirstOrDefault(selector => selector.Method == method)
        ?? throw new ArgumentException($"{method.ToLabel()} does not select a candidate.", nameof(method));
}
