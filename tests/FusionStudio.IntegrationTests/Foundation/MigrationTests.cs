using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Foundation;

public sealed class MigrationTests
{
    [Fact]
    public async Task Sqlite_migrations_match_the_model_and_apply_to_an_empty_database()
    {
        await using var db = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.Sqlite, TestSqlite.NewConnectionString()));
        await AssertMigrationsMatchAndApplyAsync(db);
    }

    [Fact]
    public async Task PostgreSql_migrations_match_the_model_and_apply_to_an_empty_database()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var db = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, database.ConnectionString));
        await AssertMigrationsMatchAndApplyAsync(db);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_candidate_exists_at_most_once_per_prompt_teacher_and_sample(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var connectionString = database?.ConnectionString ?? TestSqlite.NewConnectionString();
        var options = DataServiceCollectionExtensions.CreateOptions(provider, connectionString);
        await using (var setup = new FusionDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        await using var db = new FusionDbContext(options);
        var rows = await TestLibrary.SeedAsync(db);
        var promptId = rows.Dataset.Prompts[0].Id;
        Candidate NewCandidate(int sample) => new()
        {
            RunId = rows.Run.Id, PromptId = promptId, TeacherId = rows.Teacher.Id, SampleIndex = sample, Text = "answer", CreatedAt = DateTimeOffset.UtcNow,
        };

        db.Candidates.AddRange(NewCandidate(0), NewCandidate(1));
        await db.SaveChangesAsync();

        await using var second = new FusionDbContext(options);
        second.Candidates.Add(NewCandidate(1));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.Equal(2, await second.Candidates.CountAsync(c => c.RunId == rows.Run.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Json_columns_and_call_log_sums_round_trip(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        int runId;
        await using (var setup = new FusionDbContext(options))
        {
            await setup.Database.MigrateAsync();
            var rows = await TestLibrary.SeedAsync(setup);
            runId = rows.Run.Id;
            var now = DateTimeOffset.UtcNow;

            // Three calls of two billion tokens each: the sums need 64 bits.
            setup.ModelCalls.AddRange(Enumerable.Range(0, 3).SelectMany(_ => TestCalls.One(
                ModelCallPurpose.Generate, runId, 1, now, inputTokens: 2_000_000_000, cost: 0.12345678m)));
            await setup.SaveChangesAsync();
        }

        await using var db = new FusionDbContext(options);
        var stored = await db.Runs.AsNoTracking().SingleAsync();
        Assert.Equal([AggregationMethod.BestOfN, AggregationMethod.FusionOfN], stored.Methods);
        Assert.Equal([MethodPair.FusionVersusBestOfN], stored.ComparisonPairs);
        var summary = await db.ModelCalls.Where(c => c.RunId == runId).SummarizeAsync(CancellationToken.None);
        Assert.Equal(0.37037034m, summary.Cost);
        Assert.Equal(6_000_000_000, summary.All.InputTokens);
    }

    [Fact]
    public async Task Processes_starting_together_apply_each_PostgreSql_migration_once()
    {
        // Web and workers start at the same moment against one empty database, as compose starts them.
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var options = DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, database.ConnectionString);
        var contexts = Enumerable.Range(0, 4).Select(_ => new FusionDbContext(options)).ToList();

        await Task.WhenAll(contexts.Select(db => DatabaseMigrator.MigrateAsync(db)));

        await using var check = new FusionDbContext(options);
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }
    }

    private static async Task AssertMigrationsMatchAndApplyAsync(FusionDbContext db)
    {
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add a migration.");
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Runs.CountAsync());
    }
}
