using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Reports;
using FusionStudio.Testing;
using FusionStudio.Web.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// A database from before answers stored their scores and text hashes upgrades to one where every answer holds the
/// score the reference join gives (selected candidates' and fused answers' alike, none without a judge); PostgreSQL
/// also fills the hashes, SQLite leaves them empty, and the same-answer count is right on both.
/// </summary>
public sealed class ReportAnswerScoresMigrationTests
{
    private const string PreviousMigration = "AnswerLanguageFlags";
    private const int Prompts = 4;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_stores_each_answers_joined_score(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        var expected = new Dictionary<int, Dictionary<long, double?>>();
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            var rows = await TestLibrary.SeedAsync(db, promptCount: Prompts);
            var template = new PromptTemplate { Name = "judge-" + Guid.NewGuid().ToString("N")[..6], Kind = PromptTemplateKind.PointwiseJudge, CreatedAt = DateTimeOffset.UtcNow };
            var version = template.AddVersion("Judge.", "{{answer}}", null, null, DateTimeOffset.UtcNow);
            db.PromptTemplates.Add(template);
            await db.SaveChangesAsync();
            AggregationMethod[] methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.Routed];
            foreach (var judge in new int?[] { rows.Teacher.Id, null })
            {
                var runId = await PromptTableSummaryMigrationTests.AddRunAsync(db, rows, version.Id, judge, methods, [MethodPair.FusionVersusBestOfN]);
                expected[runId] = await AnswerScoreCheck.JoinedAsync(db, runId);
            }

            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            await db.Database.MigrateAsync();
        }

        await using var check = new FusionDbContext(options);
        foreach (var runId in expected.Keys)
        {
            await AnswerScoreCheck.AssertStoredEqualsJoinedAsync(check, runId, hashes: provider == DatabaseProvider.PostgreSql);
            // Every answer of the seeded runs reads "answer": with or without hashes, each prompt's pair is the same.
            Assert.Equal(Prompts, await SameAnswers.PromptIds(check, runId, 2, MethodPair.FusionVersusBestOfN).CountAsync());
        }

        // Not vacuous: the judged run's selected and fused answers were scored, the run without a judge has none.
        var judged = await check.Aggregates.AsNoTracking().Where(a => a.RunId == expected.Keys.First() && a.Score != null).ToListAsync();
        Assert.Contains(judged, a => a.SelectedCandidateId is not null);
        Assert.Contains(judged, a => a.SelectedCandidateId is null);
        Assert.Equal(judged.Count, expected.Values.First().Values.Count(v => v is not null));
        Assert.All(expected.Values.Last().Values, Assert.Null);
    }
}
