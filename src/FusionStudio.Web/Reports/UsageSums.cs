using FusionStudio.Engine.Analysis;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>Sums a set of calls' usage in SQL: one row comes back, whatever the number of calls.</summary>
internal static class UsageSums
{
    public static async Task<UsageTotals> SumAsync(this IQueryable<UsageRow> rows, int prompts, CancellationToken cancellationToken)
    {
        var sums = await rows
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Calls = g.Sum(r => r.Calls),
                InputTokens = g.Sum(r => (long)r.InputTokens),
                OutputTokens = g.Sum(r => (long)r.OutputTokens),
                Cost = g.Sum(r => r.Cost),
                LatencyMs = g.Sum(r => (long)r.LatencyMs),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return sums is null
            ? UsageTotals.None with { Prompts = prompts }
            : new UsageTotals(prompts, sums.Calls, sums.InputTokens, sums.OutputTokens, sums.Cost, sums.LatencyMs);
    }
}
