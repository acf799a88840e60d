using FusionStudio.Data.Calls;
using FusionStudio.Testing;
using FusionStudio.UnitTests.Review;
using FusionStudio.UnitTests.RunPages;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.CallLog;

/// <summary>
/// On SQLite (the embedded default), the run summary and step latencies stored as calls are saved equal what the
/// call rows give, over saves that raise a prompt's slowest call, leave it, add new prompts, add calls without a
/// prompt or without a run, and one rolled back with its transaction.
/// </summary>
public sealed class StoredCallTotalsTests : IDisposable
{
    private static readonly DateTimeOffset At = DateTimeOffset.UtcNow;

    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Stored_totals_equal_the_call_rows_over_many_saves()
    {
        var run = await ReviewRunSeedAsync();
        var (first, second, third) = (run.PromptIds[0], run.PromptIds[1], run.PromptIds[2]);
        await SaveAsync(
            Call(ModelCallPurpose.Generate, run.RunId, first, 100, 0.0004m),
            Call(ModelCallPurpose.Generate, run.RunId, first, 400, 0.0007m),
            Call(ModelCallPurpose.Generate, run.RunId, second, 300, 0.0001m),
            TestCalls.One(ModelCallPurpose.Generate, run.RunId, second, At, inputTokens: 20, outputTokens: 5, cacheHit: true));
        // Prompt 1's slowest stays 400 ms, prompt 2's grows to 700 ms, prompt 3 is new; a fusion without a prompt and
        // a summarizer call without a run.
        var noPrompt = Call(ModelCallPurpose.Fuse, run.RunId, first, 900, 0.002m);
        noPrompt[0].PromptId = null;
        var noRun = Call(ModelCallPurpose.SummarizeThought, run.RunId, first, 50, 0.001m);
        noRun[0].RunId = null;
        await SaveAsync(
            Call(ModelCallPurpose.Generate, run.RunId, first, 250, 0.0003m),
            Call(ModelCallPurpose.Generate, run.RunId, second, 700, 0.0009m),
            Call(ModelCallPurpose.Generate, run.RunId, third, 50, 0.0002m),
            TestCalls.One(ModelCallPurpose.JudgeCandidate, run.RunId, first, At, 30, 4, 0.00011m, latencyMs: 120, error: "The judge answered no score."),
            noPrompt,
            noRun);

        // Saved inside the caller's transaction, then rolled back with it: neither the calls nor their totals remain.
        await using (var db = _database.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.ModelCalls.AddRange(Call(ModelCallPurpose.Generate, run.RunId, first, 5_000, 1m));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = _database.CreateDbContext();
        var callLog = new RunCallLog(_database);
        await CallLogReference.AssertStoredEqualsCallsAsync(check, callLog, run.RunId, costTolerance: 0.000000001m);
        var generate = (await callLog.SummaryAsync(run.RunId)).Of(ModelCallPurpose.Generate);
        Assert.Equal((7, 3, 1, 700), (generate.Calls, generate.Prompts, generate.CacheHits, generate.MaxLatencyMs));
        Assert.Equal((400 + 700 + 50) / 3.0, (await callLog.StepLatenciesAsync(run.RunId))[ModelCallPurpose.Generate].MeanSlowestCallMs);
    }

    [Fact]
    public async Task A_run_with_many_saves_has_its_deltas_folded_when_read_and_its_totals_unchanged()
    {
        var run = await ReviewRunSeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            for (var i = 0; i < 1_002; i++)
            {
                var purpose = i % 2 == 0 ? ModelCallPurpose.Generate : ModelCallPurpose.JudgeCandidate;
                db.ModelCalls.AddRange(Call(purpose, run.RunId, run.PromptIds[i % 3], 10 + (i % 50), 0.0001m));
                await db.SaveChangesAsync();
            }
        }

        var callLog = new RunCallLog(_database);
        var before = await callLog.SummaryAsync(run.RunId);

        await using var check = _database.CreateDbContext();
        Assert.Equal(2, await check.CallLogDeltas.CountAsync(d => d.RunId == run.RunId));
        var after = await callLog.SummaryAsync(run.RunId);
        // Costs aside (SQLite sums them as doubles; the check below bounds them), every figure is as it was.
        Assert.Equal(before.ByPurpose.OrderBy(p => p.Key).Select(p => p.Value with { Cost = 0 }), after.ByPurpose.OrderBy(p => p.Key).Select(p => p.Value with { Cost = 0 }));
        await CallLogReference.AssertStoredEqualsCallsAsync(check, callLog, run.RunId, costTolerance: 0.000000001m);
        Assert.Equal(501, after.Of(ModelCallPurpose.Generate).Calls);
    }

    [Fact]
    public async Task A_synchronous_save_of_calls_is_refused_rather_than_left_out_of_the_totals()
    {
        var run = await ReviewRunSeedAsync();
        await using var db = _database.CreateDbContext();
        db.ModelCalls.AddRange(Call(ModelCallPurpose.Generate, run.RunId, run.PromptIds[0], 100, 0.1m));

        var refused = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.Contains("SaveChangesAsync", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _database.CreateDbContext().ModelCalls.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private static List<ModelCall> Call(ModelCallPurpose purpose, int runId, long promptId, int latencyMs, decimal cost) =>
        TestCalls.One(purpose, runId, promptId, At, inputTokens: 100, outputTokens: latencyMs / 10, cost: cost, latencyMs: latencyMs);

    private async Task<ReviewRunSeed> ReviewRunSeedAsync()
    {
        await using var db = _database.CreateDbContext();
        return await ReviewRunSeed.SeedAsync(db);
    }

    private async Task SaveAsync(params List<ModelCall>[] calls)
    {
        await using var db = _database.CreateDbContext();
        db.ModelCalls.AddRange(calls.SelectMany(c => c));
        await db.SaveChangesAsync();
    }
}
