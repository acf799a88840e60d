using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// Runs whose calls were stored before the call-log totals existed read, after the upgrade, the summary and step
/// latencies that their calls give — and calls stored afterwards add to them.
/// </summary>
public sealed class CallLogTotalsMigrationTests
{
    private const string PreviousMigration = "PromptTableAtScale";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_gives_stored_runs_the_totals_of_their_calls(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            var now = provider == DatabaseProvider.PostgreSql ? "now()" : "0";
            var calls = $"""
                INSERT INTO "ModelCalls" ("Purpose", "RunId", "PromptId", "Model", "SampleIndex", "Attempts", "Error", "StartedAt", "FinishedAt",
                    "Usage_CacheHit", "Usage_Cost", "Usage_InputTokens", "Usage_OutputTokens", "Usage_LatencyMs")
                VALUES ('Generate', 7, 1, 'm', 0, 1, NULL, {now}, {now}, false, 0.001, 100, 40, 100),
                       ('Generate', 7, 1, 'm', 1, 3, NULL, {now}, {now}, false, 0.002, 110, 45, 400),
                       ('Generate', 7, 2, 'm', 0, 0, NULL, {now}, {now}, true, 0, 100, 40, 0),
                       ('Generate', 7, 3, 'm', 0, 2, 'HTTP 500', {now}, {now}, false, 0, 0, 0, 250),
                       ('Fuse', 7, 1, 'm', 0, 1, NULL, {now}, {now}, false, 0.004, 900, 300, 2100),
                       ('Fuse', 7, NULL, 'm', 0, 1, NULL, {now}, {now}, false, 0.003, 800, 200, 2600),
                       ('Compare', 8, 1, 'm', 0, 1, NULL, {now}, {now}, false, 0.0005, 500, 10, 300),
                       ('SummarizeThought', NULL, 1, 'm', 0, 1, NULL, {now}, {now}, false, 0.01, 50, 5, 80)
                """;
            await db.Database.ExecuteSqlRawAsync(calls);
            await db.Database.MigrateAsync();
        }

        var contexts = new PooledDbContextFactory<FusionDbContext>(options);
        var callLog = new RunCallLog(contexts);
        var tolerance = provider == DatabaseProvider.Sqlite ? 0.000000001m : 0m;
        await using var check = new FusionDbContext(options);
        await CallLogReference.AssertStoredEqualsCallsAsync(check, callLog, 7, tolerance);
        await CallLogReference.AssertStoredEqualsCallsAsync(check, callLog, 8, tolerance);
        var generate = (await callLog.SummaryAsync(7)).Of(ModelCallPurpose.Generate);
        Assert.Equal((4, 3, 6, 1), (generate.Calls, generate.Prompts, generate.Attempts, generate.CacheHits));

        // A prompt's slowest call carries over: a slower call raises it, a faster one on a new prompt adds a prompt.
        await using (var db = new FusionDbContext(options))
        {
            db.ModelCalls.AddRange(
                TestCalls.One(ModelCallPurpose.Generate, 7, 2, DateTimeOffset.UtcNow, cost: 0.001m, latencyMs: 500)
                    .Concat(TestCalls.One(ModelCallPurpose.Generate, 7, 4, DateTimeOffset.UtcNow, cost: 0.001m, latencyMs: 50)));
            await db.SaveChangesAsync();
        }

        await CallLogReference.AssertStoredEqualsCallsAsync(check, callLog, 7, tolerance);
        Assert.Equal((400 + 500 + 250 + 50) / 4.0, (await callLog.StepLatenciesAsync(7))[ModelCallPurpose.Generate].MeanSlowestCallMs);
    }
}
