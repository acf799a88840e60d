using FusionStudio.Data;
using FusionStudio.Domain.Recipes;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// A recipe's dashboard, per UTC day: requests, p50 / p95 latency and error and fallback rates from the served-request
/// rows, cost from the call log of its versions' live runs (the figure every spending view reads).
/// </summary>
public sealed class RecipeDashboardQuery(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public const int Days = 14;

    public async Task<IReadOnlyList<RecipeDay>> DaysAsync(int recipeId, CancellationToken cancellationToken = default)
    {
        var since = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(1 - Days), TimeSpan.Zero);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Instants are compared in SQL but grouped by day here: SQLite keeps them as numbers EF cannot cut into days.
        var served = await db.ServedRequests.AsNoTracking().Where(s => s.RecipeId == recipeId && s.StartedAt >= since)
            .Select(s => new { s.StartedAt, s.LatencyMs, s.Outcome }).ToListAsync(cancellationToken);
        var runIds = await db.RecipeVersions.Where(v => v.RecipeId == recipeId && v.LiveRunId != null).Select(v => (int?)v.LiveRunId).ToListAsync(cancellationToken);
        var costs = await db.ModelCalls.AsNoTracking().Where(c => runIds.Contains(c.RunId) && c.StartedAt >= since)
            .Select(c => new { c.StartedAt, c.Usage.Cost }).ToListAsync(cancellationToken);
        var costByDay = costs.GroupBy(c => DateOnly.FromDateTime(c.StartedAt.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(c => c.Cost));
        return served.GroupBy(s => DateOnly.FromDateTime(s.StartedAt.UtcDateTime))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var latencies = g.Select(s => s.LatencyMs).Order().ToList();
                return new RecipeDay(
                    g.Key,
                    latencies.Count,
                    Percentile(latencies, 0.50),
                    Percentile(latencies, 0.95),
                    (double)g.Count(s => s.Outcome == ServedOutcome.Failed) / latencies.Count,
                    (double)g.Count(s => s.Outcome == ServedOutcome.Fallback) / latencies.Count,
                    costByDay.GetValueOrDefault(g.Key));
            })
            .ToList();
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static int Percentile(IReadOnlyList<int> sorted, double quantile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
