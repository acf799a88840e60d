using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// A database from before comparisons held their prompt's language and task upgrades to one where each stored
/// comparison has its own prompt's; on PostgreSQL a comparison written without them is refused rather than counted
/// under an empty language.
/// </summary>
public sealed class ComparisonPromptFactsMigrationTests
{
    private const string PreviousMigration = "ReportAnswerScores";
    private static readonly (string Language, string Task)[] s_facts = [("de", "code"), ("ja", "qa"), ("ar", "math"), ("en", "qa")];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_copies_each_prompts_language_and_task_onto_its_comparisons(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        int runId;
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            var rows = await TestLibrary.SeedAsync(db, promptCount: s_facts.Length);
            foreach (var prompt in await db.DatasetPrompts.Where(p => p.DatasetId == rows.Dataset.Id).ToListAsync())
            {
                (prompt.Language, prompt.Task) = s_facts[prompt.Ordinal];
            }

            var template = new PromptTemplate { Name = "judge-" + Guid.NewGuid().ToString("N")[..6], Kind = PromptTemplateKind.PointwiseJudge, CreatedAt = DateTimeOffset.UtcNow };
            var version = template.AddVersion("Judge.", "{{answer}}", null, null, DateTimeOffset.UtcNow);
            db.PromptTemplates.Add(template);
            await db.SaveChangesAsync();
            runId = await PromptTableSummaryMigrationTests.AddRunAsync(
                db, rows, version.Id, rows.Teacher.Id, [AggregationMethod.BestOfN, AggregationMethod.FusionOfN], [MethodPair.FusionVersusBestOfN]);

            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            await db.Database.MigrateAsync();
        }

        await using var check = new FusionDbContext(options);
        var stored = await check.Comparisons.AsNoTracking().Where(c => c.RunId == runId)
            .Join(check.DatasetPrompts, c => c.PromptId, d => d.Id, (c, d) => new { Stored = new { c.Language, c.Task }, Prompt = new { d.Language, d.Task } })
            .ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.Equal(s.Prompt, s.Stored));
        // Not vacuous: the prompts' facts differ from each other and from the empty value the new columns start with.
        Assert.Equal(2, stored.Select(s => s.Stored.Language).Distinct().Count());
        Assert.DoesNotContain(stored, s => s.Stored.Language == "" || s.Stored.Task == "");

        if (provider == DatabaseProvider.PostgreSql)
        {
            var missing = await Assert.ThrowsAsync<PostgresException>(() => check.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Comparisons" ("RunId", "PromptId", "MethodA", "MethodB", "TemplateVersionId", "CreatedAt")
                SELECT "RunId", "PromptId", 'MixtureOfAgents', 'BestOfN', "TemplateVersionId", now() FROM "Comparisons" WHERE "RunId" = {0} LIMIT 1
                """,
                runId));
            Assert.Equal(PostgresErrorCodes.NotNullViolation, missing.SqlState);
        }
    }
}
