using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// A database at the schema before the call log, with results whose usage sat on their own rows, upgrades to one
/// where every figure is read from the call log — and shows the same totals as before.
/// </summary>
public sealed class CallLogMigrationTests
{
    private const string PreviousMigration = "ReviewAndExchange";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_keeps_every_total_and_links_each_call_to_its_row(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        int runId;
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            runId = await SeedLibraryAsync(db);
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
        }

        var now = provider == DatabaseProvider.PostgreSql ? "now()" : "0";
        await using (var db = new FusionDbContext(options))
        {
            foreach (var statement in OldRows(runId, now))
            {
                await db.Database.ExecuteSqlRawAsync(statement);
            }

            await db.Database.MigrateAsync();
        }

        await using var check = new FusionDbContext(options);
        var summary = await check.ModelCalls.Where(c => c.RunId == runId).SummarizeAsync(CancellationToken.None);

        // Before: 4 candidates, judge attempts 1 + 2 + 1, two fusions (N = 2 and k = 1), their two scores, 2 comparisons × 2 orders.
        Assert.Equal(4 + 4 + 2 + 2 + 4, summary.Sent.Calls);
        Assert.Equal(OldCost, summary.Cost);
        Assert.Equal(OldInputTokens, summary.All.InputTokens);
        Assert.Equal(OldOutputTokens, summary.All.OutputTokens);
        Assert.Equal(1, summary.All.CacheHits);
        Assert.Equal((4, 4, 1, 1, 1, 1, 4), (
            summary.Of(ModelCallPurpose.Generate).Calls, summary.Of(ModelCallPurpose.JudgeCandidate).Calls,
            summary.Of(ModelCallPurpose.Fuse).Calls, summary.Of(ModelCallPurpose.ScalingFuse).Calls,
            summary.Of(ModelCallPurpose.JudgeFusedAnswer).Calls, summary.Of(ModelCallPurpose.ScalingJudge).Calls,
            summary.Of(ModelCallPurpose.Compare).Calls));

        // One score table now; each old row's calls point to it.
        var scores = await check.Scores.Where(s => s.RunId == runId).ToListAsync();
        Assert.Equal((3, 2), (scores.Count(s => s.CandidateId != null), scores.Count(s => s.AggregateId != null)));
        var calls = await check.ModelCalls.Where(c => c.RunId == runId).ToListAsync();
        Assert.All(scores, s => Assert.Equal(s.Attempts, calls.Count(c => c.ScoreId == s.Id)));
        Assert.Equal(4, calls.Count(c => c.CandidateId != null));
        Assert.Single(calls, c => c.Error == "HTTP 500 server error after 5 attempts" && c.CandidateId != null);
    }

    private const decimal OldCost = (4 * 0.001m) + 0.0002m + 0.0004m + 0.0002m + 0.003m + 0.002m + 0.0003m + 0.0003m + (2 * 0.0008m);

    private const long OldInputTokens = (4 * 100) + 30 + 60 + 30 + 500 + 300 + 40 + 40 + (2 * 200);

    private const long OldOutputTokens = (4 * 50) + 5 + 10 + 5 + 150 + 90 + 5 + 5 + (2 * 20);

    private static async Task<int> SeedLibraryAsync(FusionDbContext db)
    {
        var rows = await TestLibrary.SeedAsync(db, promptCount: 2);
        var template = new PromptTemplate { Name = "judge-" + Guid.NewGuid().ToString("N")[..6], Kind = PromptTemplateKind.PointwiseJudge, CreatedAt = DateTimeOffset.UtcNow };
        template.AddVersion("Judge.", "{{answer}}", null, null, DateTimeOffset.UtcNow);
        db.PromptTemplates.Add(template);
        await db.SaveChangesAsync();
        await db.Runs.Where(r => r.Id == rows.Run.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.JudgeTeacherId, rows.Teacher.Id)
            .SetProperty(r => r.FusorTeacherId, rows.Teacher.Id));
        return rows.Run.Id;
    }

    /// <summary>The old schema's rows: usage on each result, a judge re-asked once, a cache hit, a failure, a scaling point.</summary>
    private static IEnumerable<string> OldRows(int runId, string now)
    {
        string Run(string sql) => sql.Replace("@run", runId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("@now", now, StringComparison.Ordinal);
        const string Prompt0 = """(SELECT MIN(p."Id") FROM "DatasetPrompts" p JOIN "Runs" r ON r."DatasetId" = p."DatasetId" WHERE r."Id" = @run)""";
        const string Prompt1 = """(SELECT MAX(p."Id") FROM "DatasetPrompts" p JOIN "Runs" r ON r."DatasetId" = p."DatasetId" WHERE r."Id" = @run)""";
        const string Teacher = """(SELECT "TeacherId" FROM "RunTeachers" WHERE "RunId" = @run)""";
        const string Version = """(SELECT MAX("Id") FROM "PromptTemplateVersions")""";
        const string Usage = """ "Usage_InputTokens", "Usage_OutputTokens", "Usage_Cost", "Usage_LatencyMs", "Usage_CacheHit" """;
        string Candidate(string prompt, int sample, string text, string error, bool cacheHit) => Run($"""
            INSERT INTO "Candidates" ("RunId", "PromptId", "TeacherId", "SampleIndex", "Text", "Error", "CreatedAt", {Usage})
            VALUES (@run, {prompt}, {Teacher}, {sample}, {text}, {error}, @now, 100, 50, 0.001, 900, {(cacheHit ? "TRUE" : "FALSE")})
            """);
        string CandidateOf(string prompt, int sample) =>
            $"""(SELECT "Id" FROM "Candidates" WHERE "RunId" = @run AND "PromptId" = {prompt} AND "SampleIndex" = {sample})""";
        string JudgeScore(string prompt, int sample, int attempts, int input, int output, string cost) => Run($"""
            INSERT INTO "JudgeScores" ("RunId", "CandidateId", "JudgeTeacherId", "TemplateVersionId", "Score", "Attempts", "CreatedAt", {Usage})
            VALUES (@run, {CandidateOf(prompt, sample)}, {Teacher}, {Version}, 7, {attempts}, @now, {input}, {output}, {cost}, 300, FALSE)
            """);
        string Fused(int limit, string sources, int input, int output, string cost) => Run($"""
            INSERT INTO "Aggregates" ("RunId", "PromptId", "Method", "CandidateLimit", "Text", "SourceCandidateIds", "PresentedOrder", "TemplateVersionId", "CreatedAt", {Usage})
            VALUES (@run, {Prompt0}, 'FusionOfN', {limit}, 'Fused.', {sources}, {sources}, {Version}, @now, {input}, {output}, {cost}, 2000, FALSE)
            """);
        string FusedScore(int limit, string cost) => Run($"""
            INSERT INTO "AggregateScores" ("RunId", "AggregateId", "JudgeTeacherId", "TemplateVersionId", "Score", "Attempts", "CreatedAt", {Usage})
            VALUES (@run, (SELECT "Id" FROM "Aggregates" WHERE "RunId" = @run AND "CandidateLimit" = {limit}), {Teacher}, {Version}, 8, 1, @now, 40, 5, {cost}, 300, FALSE)
            """);
        string Comparison(string prompt) => Run($"""
            INSERT INTO "Comparisons" ("RunId", "PromptId", "MethodA", "MethodB", "TemplateVersionId", "VerdictAFirst", "VerdictBFirst", "Final", "CreatedAt", {Usage})
            VALUES (@run, {prompt}, 'FusionOfN', 'BestOfN', {Version}, 'A', 'A', 'A', @now, 200, 20, 0.0008, 1200, FALSE)
            """);

        yield return Candidate(Prompt0, 0, "'First.'", "NULL", cacheHit: false);
        yield return Candidate(Prompt0, 1, "'Second.'", "NULL", cacheHit: false);
        yield return Candidate(Prompt1, 0, "'Third.'", "NULL", cacheHit: true);
        yield return Candidate(Prompt1, 1, "NULL", "'HTTP 500 server error after 5 attempts'", cacheHit: false);
        yield return JudgeScore(Prompt0, 0, attempts: 1, 30, 5, "0.0002");
        yield return JudgeScore(Prompt0, 1, attempts: 2, 60, 10, "0.0004");
        yield return JudgeScore(Prompt1, 0, attempts: 1, 30, 5, "0.0002");
        var both = Run($"""(SELECT '[' || CAST(MIN("Id") AS TEXT) || ',' || CAST(MAX("Id") AS TEXT) || ']' FROM "Candidates" WHERE "RunId" = @run AND "PromptId" = {Prompt0})""");
        var first = Run($"""(SELECT '[' || CAST(MIN("Id") AS TEXT) || ']' FROM "Candidates" WHERE "RunId" = @run AND "PromptId" = {Prompt0})""");
        yield return Fused(2, both, 500, 150, "0.003");
        yield return Fused(1, first, 300, 90, "0.002");
        yield return FusedScore(2, "0.0003");
        yield return FusedScore(1, "0.0003");
        yield return Comparison(Prompt0);
        yield return Comparison(Prompt1);
    }
}
