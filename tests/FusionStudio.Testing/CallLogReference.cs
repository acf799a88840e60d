using FusionStudio.Data;
using FusionStudio.Data.Calls;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace FusionStudio.Testing;

/// <summary>
/// A run's call-log figures computed straight from its call rows — the GROUP BYs that the stored totals replaced on
/// the run page and the report — and the check that the stored figures equal them.
/// </summary>
public static class CallLogReference
{
    public static Task<CallSummary> SummaryAsync(FusionDbContext db, int runId) =>
        db.ModelCalls.Where(c => c.RunId == runId).SummarizeAsync(CancellationToken.None);

    /// <summary>Per prompt each step's slowest call, then the mean of those per step.</summary>
    public static async Task<IReadOnlyDictionary<ModelCallPurpose, StepLatency>> StepLatenciesAsync(FusionDbContext db, int runId)
    {
        var rows = await db.ModelCalls
            .Where(c => c.RunId == runId && c.PromptId != null)
            .GroupBy(c => new { c.Purpose, c.PromptId })
            .Select(g => new { g.Key.Purpose, Slowest = g.Max(c => c.Usage.LatencyMs) })
            .GroupBy(x => x.Purpose)
            .Select(g => new { Purpose = g.Key, Prompts = g.Count(), Sum = g.Sum(x => (long)x.Slowest) })
            .ToListAsync();
        return rows.ToDictionary(r => r.Purpose, r => new StepLatency(r.Purpose, r.Prompts, (double)r.Sum / r.Prompts));
    }

    /// <summary>The stored summary and step latencies of the run equal what its call rows give.</summary>
    /// <param name="costTolerance">0 on PostgreSQL; SQLite sums costs as doubles, in another order than the rows.</param>
    public static async Task AssertStoredEqualsCallsAsync(FusionDbContext db, RunCallLog callLog, int runId, decimal costTolerance = 0m)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(callLog);
        var expected = await SummaryAsync(db, runId);
        var stored = await callLog.SummaryAsync(runId);
        Assert.NotEmpty(expected.ByPurpose);
        Assert.Equal(expected.ByPurpose.Keys.Order(), stored.ByPurpose.Keys.Order());
        foreach (var (purpose, totals) in expected.ByPurpose)
        {
            var actual = stored.ByPurpose[purpose];
            Assert.True(Math.Abs(totals.Cost - actual.Cost) <= costTolerance, $"{purpose}: cost {actual.Cost}, the calls give {totals.Cost}");
            Assert.Equal(totals, actual with { Cost = totals.Cost });
        }

        var expectedSteps = await StepLatenciesAsync(db, runId);
        var storedSteps = await callLog.StepLatenciesAsync(runId);
        Assert.Equal(expectedSteps.OrderBy(s => s.Key), storedSteps.OrderBy(s => s.Key));
    }
}
