using FusionStudio.Data;
using FusionStudio.Data.Caching;
using FusionStudio.Data.Calls;
using FusionStudio.Data.Calls.Totals;
using FusionStudio.Data.Writes;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Writes;

/// <summary>
/// On PostgreSQL the insert batcher stores its rows with multi-row inserts instead of EF Core's save: the rows, their
/// links to their calls and the call-log totals are the same, and a taken unique key still refuses only its own row.
/// </summary>
public sealed class MultiRowInsertTests
{
    private static readonly TestRunShape s_shape = new()
    {
        Prompts = 6,
        TeacherModels = ["sim-concise", "sim-stepwise#fault=500", "sim-detailed"],
        Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.MixtureOfAgents],
    };

    [Theory]
    [InlineData(typeof(Candidate))]
    [InlineData(typeof(Score))]
    [InlineData(typeof(Aggregate))]
    [InlineData(typeof(Comparison))]
    [InlineData(typeof(LayerAnswer))]
    [InlineData(typeof(ModelCall))]
    [InlineData(typeof(ModelResponseCacheEntry))]
    [InlineData(typeof(CallLogDelta))]
    public void Every_row_a_run_stores_through_the_batcher_goes_by_multi_row_insert(Type row)
    {
        // Building the model needs no server.
        using var db = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, "Host=localhost"));
        Assert.True(PostgresRowWriter.Stores(db.Model.FindEntityType(row)!));
    }

    [Fact]
    public async Task A_run_stored_with_multi_row_inserts_holds_the_rows_EF_Core_stores()
    {
        var byEf = await RunAsync(multiRowInserts: false);
        var byMultiRow = await RunAsync(multiRowInserts: true);

        Assert.NotEmpty(byEf.Candidates);
        Assert.Contains(byEf.Calls, c => c.Contains("| ServerError |", StringComparison.Ordinal));
        Assert.Equal(byEf.Candidates, byMultiRow.Candidates);
        Assert.Equal(byEf.Scores, byMultiRow.Scores);
        Assert.Equal(byEf.Aggregates, byMultiRow.Aggregates);
        Assert.Equal(byEf.LayerAnswers, byMultiRow.LayerAnswers);
        Assert.Equal(byEf.Calls, byMultiRow.Calls);
    }

    [Fact]
    public async Task A_taken_key_refuses_only_its_row_and_the_others_land_with_their_calls_linked_and_counted()
    {
        await using var host = await PipelineHost.StartAsync(("Gateway:MaxRetries", "1"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, s_shape with { Methods = [AggregationMethod.BestOfN] });
        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        Candidate stored;
        await using (var db = host.App.CreateDbContext())
        {
            stored = await db.Candidates.AsNoTracking().Include(c => c.Calls).FirstAsync(c => c.RunId == runId && c.Calls.Count > 0);
        }

        var inserts = host.App.Services.GetRequiredService<InsertBatcher>();
        var taken = Copy(stored, stored.SampleIndex);
        var fresh = Enumerable.Range(1, 20).Select(i => Copy(stored, stored.SampleIndex + i)).ToList();
        // Handed over without waiting in between, so the batcher takes them in one write and must split it.
        var freshStored = fresh.Select(c => inserts.InsertAsync(c, CancellationToken.None)).ToList();
        var takenStored = inserts.InsertAsync(taken, CancellationToken.None);

        Assert.All(await Task.WhenAll(freshStored), Assert.True);
        Assert.False(await takenStored);
        Assert.Equal(0, taken.Id);
        await using var check = host.App.CreateDbContext();
        foreach (var candidate in fresh)
        {
            var row = await check.Candidates.AsNoTracking().Include(c => c.Calls).SingleAsync(c => c.Id == candidate.Id);
            Assert.Equal((candidate.SampleIndex, candidate.Text), (row.SampleIndex, row.Text));
            Assert.Equal(candidate.HintTemplateIds, row.HintTemplateIds);
            Assert.Equal(candidate.Calls.Select(c => c.Id).Order(), row.Calls.Select(c => c.Id).Order());
            Assert.All(candidate.Calls, call => Assert.Equal(candidate.Id, call.CandidateId));
        }

        await CallLogReference.AssertStoredEqualsCallsAsync(check, host.App.Services.GetRequiredService<RunCallLog>(), runId);
    }

    private static Candidate Copy(Candidate candidate, int sampleIndex) => new()
    {
        RunId = candidate.RunId,
        PromptId = candidate.PromptId,
        TeacherId = candidate.TeacherId,
        SampleIndex = sampleIndex,
        Text = $"{candidate.Text} ({sampleIndex})",
        HintTemplateIds = [sampleIndex, 7],
        CreatedAt = candidate.CreatedAt,
        Calls = candidate.Calls.Select(call => new ModelCall
        {
            Purpose = call.Purpose,
            RunId = call.RunId,
            PromptId = call.PromptId,
            TeacherId = call.TeacherId,
            ProviderId = call.ProviderId,
            Model = call.Model,
            SampleIndex = sampleIndex,
            Attempts = call.Attempts,
            Usage = new ModelCallUsage { InputTokens = 11, OutputTokens = 13, LatencyMs = 9_000 + sampleIndex, Cost = 0.00012345m, FinishReason = "stop" },
            StartedAt = call.StartedAt,
            FinishedAt = call.FinishedAt,
            Request = call.Request,
            Response = call.Response,
        }).ToList(),
    };

    private static async Task<StoredRun> RunAsync(bool multiRowInserts)
    {
        await using var host = await PipelineHost.StartAsync(
            ("Gateway:MaxRetries", "1"),
            ($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.MultiRowInserts)}", multiRowInserts ? "true" : "false"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, s_shape);
        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var db = host.App.CreateDbContext();
        await CallLogReference.AssertStoredEqualsCallsAsync(db, host.App.Services.GetRequiredService<RunCallLog>(), runId);
        return await StoredRun.ReadAsync(db, runId);
    }
}
