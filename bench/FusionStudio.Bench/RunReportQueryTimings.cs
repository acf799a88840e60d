using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Bench;

/// <summary>
/// Each query of <see cref="RunReportQuery"/> timed alone, in the report's own words, so the bench shows where the
/// report's time goes (the report runs them side by side; its SameAnswers counts run one pair after another).
/// </summary>
internal static class RunReportQueryTimings
{
    public static async Task MeasureAsync(IDbContextFactory<FusionDbContext> contexts, int runId, int repetitions)
    {
        List<MethodPair> pairs;
        int fullLimit;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
            (pairs, fullLimit) = (MethodPair.Reported(run.ComparisonPairs).ToList(), run.Teachers.Sum(t => t.SampleCount));
        }

        async Task Time(string name, Func<FusionDbContext, Task> query) =>
            await WarmTimings.MeasureAsync(name, repetitions, async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                await query(db);
            });

        var callLog = new RunCallLog(contexts);
        var errors = new RunErrorGroupsQuery(callLog);
        Console.WriteLine($"report queries  each of RunReportQuery's queries alone, {repetitions} warm runs after a cold one:");
        await Time("comparison groups", db => RunReportQuery.LoadComparisonGroupsAsync(db, runId, CancellationToken.None));
        await Time("reviewed comparisons", db => RunReportQuery.LoadReviewedComparisonsAsync(db, runId, CancellationToken.None));
        await Time("answer groups", db => RunReportQuery.LoadAnswerGroupsAsync(db, runId, CancellationToken.None));
        foreach (var pair in pairs)
        {
            await Time($"SameAnswers {pair.A}/{pair.B}", db => SameAnswers.PromptIds(db, runId, fullLimit, pair).CountAsync());
        }

        await WarmTimings.MeasureAsync("call log summary", repetitions, () => callLog.SummaryAsync(runId));
        await WarmTimings.MeasureAsync("step latencies", repetitions, () => callLog.StepLatenciesAsync(runId));
        await WarmTimings.MeasureAsync("error groups", repetitions, () => errors.LoadAsync(runId));
    }
}
