using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Engine.Serving;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Serving;

/// <summary>
/// A recipe's daily budget, read from the call log of all its versions' live runs since midnight UTC — the same
/// log every other spending figure reads.
/// </summary>
public sealed class ServingBudget(IDbContextFactory<FusionDbContext> contexts, RunCallLog calls, TimeProvider clock)
{
    /// <summary>Null when the recipe may serve; otherwise how long until the budget renews.</summary>
    public async Task<TimeSpan?> ExhaustedAsync(ServingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Limits.DailyBudget is not { } budget)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var spent = await SpentAsync(plan.RecipeId, midnight, cancellationToken);
        return spent >= budget ? midnight.AddDays(1) - now : null;
    }

    public async Task<decimal> SpentAsync(int recipeId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runIds = await db.RecipeVersions.Where(v => v.RecipeId == recipeId && v.LiveRunId != null)
            .Select(v => v.LiveRunId!.Value).ToListAsync(cancellationToken);
        var summary = await calls.SummarySinceAsync(runIds, since, cancellationToken);
        return summary.Cost;
    }
}
