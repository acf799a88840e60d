using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.RunPages;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// A database from before the prompt table's stored score and verdict upgrades to one where every prompt holds
/// exactly what the table's definition joins, for each kind of score (fused answer, Best-of-N's choice, routed
/// answer, none without a judge) and only the run's first pair's verdict.
/// </summary>
public sealed class PromptTableSummaryMigrationTests
{
    private const string PreviousMigration = "PromptTableAtScale";
    private const int Prompts = 4;

    private static readonly MethodPair FusionVersusMbr = new(AggregationMethod.FusionOfN, AggregationMethod.Mbr);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Upgrading_stores_what_the_join_shows_for_every_prompt(DatabaseProvider provider)
    {
        await using var database = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var options = DataServiceCollectionExtensions.CreateOptions(provider, database?.ConnectionString ?? TestSqlite.NewConnectionString());
        var expected = new Dictionary<int, List<PromptTableLine>>();
        await using (var db = new FusionDbContext(options))
        {
            await db.Database.MigrateAsync();
            var rows = await TestLibrary.SeedAsync(db, promptCount: Prompts);
            var template = new PromptTemplate { Name = "judge-" + Guid.NewGuid().ToString("N")[..6], Kind = PromptTemplateKind.PointwiseJudge, CreatedAt = DateTimeOffset.UtcNow };
            var version = template.AddVersion("Judge.", "{{answer}}", null, null, DateTimeOffset.UtcNow);
            db.PromptTemplates.Add(template);
            await db.SaveChangesAsync();
            int?[] judges = [rows.Teacher.Id, rows.Teacher.Id, rows.Teacher.Id, rows.Teacher.Id, null];
            AggregationMethod[][] methods =
            [
                [AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.Mbr],
                [AggregationMethod.Routed, AggregationMethod.RoutedFusion],
                [AggregationMethod.Mbr, AggregationMethod.BestOfN],
                [AggregationMethod.Routed],
                [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ];
            MethodPair[][] pairs = [[MethodPair.FusionVersusBestOfN, FusionVersusMbr], [], [], [], [MethodPair.FusionVersusBestOfN]];
            for (var i = 0; i < methods.Length; i++)
            {
                var runId = await AddRunAsync(db, rows, version.Id, judges[i], methods[i], pairs[i]);
                expected[runId] = await PromptTableSummaryCheck.JoinedAsync(db, runId);
                await PromptTableSummaryWriter.RefreshRunAsync(db, runId, CancellationToken.None);
                Assert.Equal(expected[runId], await PromptTableSummaryCheck.StoredAsync(db, runId));
            }

            await db.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            await db.Database.MigrateAsync();
        }

        await using var check = new FusionDbContext(options);
        foreach (var (runId, lines) in expected)
        {
            Assert.Equal(lines, await PromptTableSummaryCheck.StoredAsync(check, runId));
        }

        // Not vacuous: each kind of score was found, and only the first pair's verdicts.
        var runs = expected.Values.ToList();
        Assert.Equal([9, 8, 7, null], runs[0].Select(l => l.Score));
        Assert.Equal([PairVerdict.A, PairVerdict.Tie, null, null], runs[0].Select(l => l.Verdict));
        Assert.Equal([9, 8, 7, null], runs[1].Select(l => l.Score));
        Assert.Equal([1, 3, 5, 7], runs[2].Select(l => l.Score));
        Assert.Equal([0, 2, 4, 6], runs[3].Select(l => l.Score));
        Assert.All(runs[4], l => Assert.Null(l.Score));
    }

    /// <summary>
    /// A run with two candidates per prompt (scored 2 × ordinal + sample), every method's answer from both (a fused
    /// answer scored 9 − ordinal but the last; Best-of-N picks the second candidate, Routed the first), a scaling point
    /// from one candidate that must not count, and verdicts of its pairs on the first two prompts (the second pair's flipped).
    /// </summary>
    internal static async Task<int> AddRunAsync(
        FusionDbContext db, TestLibraryRows rows, int versionId, int? judgeId, AggregationMethod[] methods, MethodPair[] pairs)
    {
        var now = DateTimeOffset.UtcNow;
        var run = new Run
        {
            Name = "run-" + Guid.NewGuid().ToString("N")[..8],
            DatasetId = rows.Dataset.Id,
            CreatedAt = now,
            Methods = [.. methods],
            ComparisonPairs = [.. pairs],
            JudgeTeacherId = judgeId,
            PointwiseJudgeTemplateVersionId = versionId,
            Teachers = [new RunTeacher { TeacherId = rows.Teacher.Id, SampleCount = 2 }],
            Counters = new RunCounters { PromptCount = Prompts },
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == rows.Dataset.Id).OrderBy(p => p.Ordinal).ToListAsync();
        foreach (var prompt in prompts)
        {
            db.RunPrompts.Add(new RunPrompt { RunId = run.Id, PromptId = prompt.Id, Ordinal = prompt.Ordinal, Stage = PromptStage.Done });
            var candidates = Enumerable.Range(0, 2)
                .Select(s => new Candidate { RunId = run.Id, PromptId = prompt.Id, TeacherId = rows.Teacher.Id, SampleIndex = s, Text = "answer", CreatedAt = now })
                .ToList();
            db.Candidates.AddRange(candidates);
            await db.SaveChangesAsync();
            foreach (var candidate in candidates)
            {
                db.Scores.Add(Scored(run.Id, versionId, rows.Teacher.Id, (2 * prompt.Ordinal) + candidate.SampleIndex, candidateId: candidate.Id));
            }

            foreach (var method in methods)
            {
                foreach (var limit in new[] { 1, 2 })
                {
                    var fused = method.IsFusion();
                    var aggregate = new Aggregate
                    {
                        RunId = run.Id, PromptId = prompt.Id, Method = method, CandidateLimit = limit, Text = "answer", CreatedAt = now,
                        SelectedCandidateId = fused ? null : candidates[method == AggregationMethod.Routed ? 0 : limit - 1].Id,
                    };
                    db.Aggregates.Add(aggregate);
                    await db.SaveChangesAsync();
                    if (fused && prompt.Ordinal < Prompts - 1)
                    {
                        db.Scores.Add(Scored(run.Id, versionId, rows.Teacher.Id, limit == 2 ? 9 - prompt.Ordinal : 1, aggregateId: aggregate.Id));
                    }
                }
            }

            for (var i = 0; i < pairs.Length && prompt.Ordinal < 2; i++)
            {
                db.Comparisons.Add(new Comparison
                {
                    RunId = run.Id, PromptId = prompt.Id, MethodA = pairs[i].A, MethodB = pairs[i].B, TemplateVersionId = versionId, CreatedAt = now,
                    Language = prompt.Language, Task = prompt.Task,
                    Final = (prompt.Ordinal + i) % 2 == 0 ? PairVerdict.A : PairVerdict.Tie,
                });
            }

            await db.SaveChangesAsync();
        }

        return run.Id;
    }

    private static Score Scored(int runId, int versionId, int judgeId, double value, long? candidateId = null, long? aggregateId = null) => new()
    {
        RunId = runId, CandidateId = candidateId, AggregateId = aggregateId, JudgeTeacherId = judgeId, TemplateVersionId = versionId, Value = value,
        Attempts = 1, CreatedAt = DateTimeOffset.UtcNow,
    };
}
