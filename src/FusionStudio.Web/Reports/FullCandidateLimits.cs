using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Each method's own answers are the ones made from its largest candidate limit; the smaller limits are the scaling
/// curve's FusioN@k points. The report's sections read a method's answers at this limit.
/// </summary>
internal static class FullCandidateLimits
{
    public static Dictionary<AggregationMethod, int> Of<T>(IEnumerable<T> answerGroups, Func<T, AggregationMethod> method, Func<T, int> candidateLimit) =>
        answerGroups.GroupBy(method).ToDictionary(g => g.Key, g => g.Max(candidateLimit));
}
