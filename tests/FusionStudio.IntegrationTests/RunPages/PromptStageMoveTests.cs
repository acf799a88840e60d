using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Foundation;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// A stage move and the prompt table's values are one statement: prompts only move forward (a late move of a worker
/// that lost its batch leaves a finished prompt as it was), and every prompt the move names gets the table values the
/// join of its answers gives, on both databases.
/// </summary>
public sealed class PromptStageMoveTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_move_goes_forward_only_and_stores_the_table_values_of_every_prompt_it_names(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        await using var db = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString()));
        await db.Database.MigrateAsync();
        var rows = await TestLibrary.SeedAsync(db, promptCount: 4);
        var template = new PromptTemplate { Name = "judge-" + Guid.NewGuid().ToString("N")[..6], Kind = PromptTemplateKind.PointwiseJudge, CreatedAt = DateTimeOffset.UtcNow };
        var version = template.AddVersion("Judge.", "{{answer}}", null, null, DateTimeOffset.UtcNow);
        db.PromptTemplates.Add(template);
        await db.SaveChangesAsync();
        var runId = await PromptTableSummaryMigrationTests.AddRunAsync(
            db, rows, version.Id, rows.Teacher.Id, [AggregationMethod.BestOfN, AggregationMethod.FusionOfN], [MethodPair.FusionVersusBestOfN]);
        // Two prompts are still being worked on; the other two finished, one of them with a failure's reason.
        await db.RunPrompts.Where(p => p.RunId == runId && p.Ordinal < 2).ExecuteUpdateAsync(set => set.SetProperty(p => p.Stage, PromptStage.Scored));
        await db.RunPrompts.Where(p => p.RunId == runId && p.Ordinal == 3).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.Stage, PromptStage.Failed).SetProperty(p => p.Error, "judge refused"));
        var ids = await db.RunPrompts.Where(p => p.RunId == runId).Select(p => p.Id).ToListAsync();
        // Whole seconds: PostgreSQL keeps microseconds, so a clock's ticks would not come back equal.
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

        var matched = await PromptTableSummaryWriter.MoveAsync(db, runId, ids, PromptStage.Aggregated, null, now, CancellationToken.None);

        Assert.Equal(4, matched);
        var stages = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Ordinal)
            .Select(p => new { p.Stage, p.Error, p.UpdatedAt }).ToListAsync();
        Assert.All(stages.Take(2), s => Assert.Equal((PromptStage.Aggregated, (string?)null, (DateTimeOffset?)now), (s.Stage, s.Error, s.UpdatedAt)));
        Assert.Equal((PromptStage.Done, (string?)null, (DateTimeOffset?)null), (stages[2].Stage, stages[2].Error, stages[2].UpdatedAt));
        Assert.Equal((PromptStage.Failed, "judge refused", (DateTimeOffset?)null), (stages[3].Stage, stages[3].Error, stages[3].UpdatedAt));
        // Every prompt named got its table values, moved or not; not vacuous: some have a score and a verdict.
        var lines = await PromptTableSummaryCheck.AssertStoredEqualsJoinedAsync(db, runId);
        Assert.Contains(lines, l => l.Score is not null);
        Assert.Contains(lines, l => l.Verdict is not null);

        // An earlier stage than the one a prompt reached is never written back.
        await PromptTableSummaryWriter.MoveAsync(db, runId, ids, PromptStage.Generated, null, now.AddMinutes(1), CancellationToken.None);
        Assert.Equal(
            [PromptStage.Aggregated, PromptStage.Aggregated, PromptStage.Done, PromptStage.Failed],
            await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.Stage).ToListAsync());
    }
}
