using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// Answers stored before the answer-language flag existed have none after the upgrade; the report's first count
/// checks their texts, stores their flags and gives what the texts give, and later counts read the stored flags.
/// </summary>
public sealed class AnswerLanguageFlagsMigrationTests
{
    private const string PreviousMigration = "PromptTableSummary";

    private static readonly string[] _languages = ["en", "ar", "zh", "de"];
    private static readonly string?[] _texts = ["The answer, in plain English words.", "الجواب باللغة العربية الواضحة", "这是用中文写的答案", null];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Answers_stored_before_the_flag_are_checked_and_stored_by_the_first_count(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        int runId;
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            runId = await AddRunAsync(db);
            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            await db.Database.MigrateAsync();
        }

        await using var check = new FusionDbContext(options);
        Assert.False(await check.Candidates.AnyAsync(c => c.WrongLanguage != null));
        Assert.False(await check.Aggregates.AnyAsync(a => a.WrongLanguage != null));

        var query = new AnswerLanguageCountsQuery(new PooledDbContextFactory<FusionDbContext>(options));
        var counted = await AnswerLanguageReference.AssertCountsEqualTheTextsAsync(check, query, runId);
        await AnswerLanguageReference.AssertStoredFlagsEqualTheCheckAsync(check, runId);
        Assert.False(await check.Candidates.AnyAsync(c => c.Text != null && c.WrongLanguage == null));
        Assert.False(await check.Aggregates.AnyAsync(a => a.Text != null && a.WrongLanguage == null));
        Assert.Equal(counted, await query.LoadAsync(runId));

        // Not vacuous: the failed candidate, the answer without text and the scaling curve's smaller limit do not count.
        Assert.Equal(
            [new AnswerLanguageCount(null, 6, 2), new AnswerLanguageCount(AggregationMethod.BestOfN, 3, 2), new AnswerLanguageCount(AggregationMethod.FusionOfN, 3, 3)],
            counted);
    }

    /// <summary>
    /// Four prompts (English, Arabic, Chinese, German) with two candidates each, the texts turning through English,
    /// Arabic, Chinese and none; Best-of-N at limits 1 and 2, and Fusion-of-N's own answer and two FusioN@1 subsets.
    /// </summary>
    private static async Task<int> AddRunAsync(FusionDbContext db)
    {
        var rows = await TestLibrary.SeedAsync(db, promptCount: _languages.Length);
        var now = DateTimeOffset.UtcNow;
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == rows.Dataset.Id).OrderBy(p => p.Ordinal).ToListAsync();
        foreach (var prompt in prompts)
        {
            prompt.Language = _languages[prompt.Ordinal];
            db.RunPrompts.Add(new RunPrompt { RunId = rows.Run.Id, PromptId = prompt.Id, Ordinal = prompt.Ordinal, Stage = PromptStage.Done });
            var candidates = Enumerable.Range(0, 2).Select(s => new Candidate
            {
                RunId = rows.Run.Id, PromptId = prompt.Id, TeacherId = rows.Teacher.Id, SampleIndex = s, CreatedAt = now,
                Text = _texts[(prompt.Ordinal + s) % _texts.Length],
                Error = _texts[(prompt.Ordinal + s) % _texts.Length] is null ? "HTTP 500" : null,
            }).ToList();
            db.Candidates.AddRange(candidates);
            await db.SaveChangesAsync();
            Aggregate Answer(AggregationMethod method, int limit, int subset, string? text) => new()
            {
                RunId = rows.Run.Id, PromptId = prompt.Id, Method = method, CandidateLimit = limit, Subset = subset, Text = text, CreatedAt = now,
            };
            db.Aggregates.AddRange(
                Answer(AggregationMethod.BestOfN, 2, 0, candidates[1].Text),
                Answer(AggregationMethod.BestOfN, 1, 0, candidates[0].Text),
                Answer(AggregationMethod.FusionOfN, 2, 0, _texts[(prompt.Ordinal + 2) % _texts.Length]),
                Answer(AggregationMethod.FusionOfN, 1, 0, _texts[0]),
                Answer(AggregationMethod.FusionOfN, 1, 1, _texts[1]));
            await db.SaveChangesAsync();
        }

        return rows.Run.Id;
    }
}
