using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Each method's own answers are the ones made from its largest candidate limit; the smaller limits are the scaling
/// curve's FusioN@k points. The report's sections read a method's answers at this limit.
/// </summary>
internal static class FullCandidateLimits
{
    public static Dictionary<AggregationMethod, int> Of<T>(IEnumerable<T> answerGroups, Func<T, AggregationMethod> method, Func<T, int> candidateLimit) =>
        answerGroups.GroupBy(method).ToDictionary(g => g.Key, g => g.Max(candidateLimit));

    /// <summary>One method's full limit read from the database (0 when it has no answer): the top of its index range.</summary>
    public static async Task<int> OfMethodAsync(FusionDbContext db, int runId, AggregationMethod method, CancellationToken cancellationToken) =>
        await db.Aggregates.Where(a => a.RunId == runId && a.Method == method).MaxAsync(a => (int?)a.CandidateLimit, cancellationToken) ?? 0;
}
