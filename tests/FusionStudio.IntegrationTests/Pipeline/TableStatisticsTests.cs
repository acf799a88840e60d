using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Pipeline;

/// <summary>
/// PostgreSQL learns about a run while it grows: the tables the steps read back per prompt are analyzed once a run's
/// rows in them reach the threshold, and the tables that are only appended to are left to autovacuum.
/// </summary>
public sealed class TableStatisticsTests
{
    [Fact]
    public async Task A_growing_run_has_the_tables_read_per_prompt_analyzed_and_the_call_log_left_alone()
    {
        await using var host = await PipelineHost.StartAsync(("Database:AnalyzeAfterInsertedRows", "10"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 8,
            TeacherModels = ["sim-concise", "sim-stepwise", "sim-detailed"],
            Methods = [AggregationMethod.BestOfN],
        });
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);

        // 24 candidates and 24 scores: past 10 and its doubling, 20. The analysis runs beside the run, so it is awaited.
        await Eventually.TrueAsync(async () => await ManualAnalysesAsync(host, "Candidates") > 0 && await ManualAnalysesAsync(host, "Scores") > 0);
        Assert.Equal(0, await ManualAnalysesAsync(host, "ModelCalls"));
        Assert.Equal(0, await ManualAnalysesAsync(host, "ModelResponseCache"));
    }

    // ANALYZE commands only: autovacuum's own analyses are counted apart (autoanalyze_count).
    private static async Task<long> ManualAnalysesAsync(PipelineHost host, string table)
    {
        await using var db = host.App.CreateDbContext();
        return await db.Database.SqlQuery<long>($"SELECT analyze_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = {table}").SingleAsync();
    }
}
