using FusionStudio.Data.Runs;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// A finished Fusion-of-N vs Best-of-N run of <c>count</c> prompts, written with set-based SQL so that 100,000
/// prompts take seconds. Prompt g follows fixed rules (see <see cref="Expected"/>), so tests can count what to expect.
/// </summary>
public static class PromptTableSeed
{
    public static readonly string[] Languages = ["en", "de", "ar", "zh", "ja", "fr"];
    public static readonly string[] Tasks = ["qa", "advice", "explanation"];

    public static async Task<int> CreateRunAsync(FusionApp app, int count)
    {
        await using var db = app.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "Seeded", Kind = ProviderKind.Simulated, CreatedAt = now };
        var teacher = new Teacher { Name = "Teacher", Provider = provider, Model = "sim-concise", CreatedAt = now };
        var judge = new Teacher { Name = "Judge", Provider = provider, Model = "judge", CreatedAt = now };
        var dataset = new Dataset { Name = "Seeded prompts", CreatedAt = now, PromptCount = count };
        db.AddRange(provider, teacher, judge, dataset);
        await db.SaveChangesAsync();
        var versions = await db.PromptTemplates.Where(t => t.IsBuiltIn)
            .Select(t => new { t.Kind, Version = t.Versions.OrderByDescending(v => v.Number).First().Id })
            .ToDictionaryAsync(t => t.Kind, t => t.Version);
        var run = new Run
        {
            Name = "Seeded run",
            Status = RunStatus.Completed,
            DatasetId = dataset.Id,
            CreatedAt = now,
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            JudgeTeacherId = judge.Id,
            PointwiseJudgeTemplateVersionId = versions[PromptTemplateKind.PointwiseJudge],
            PairwiseJudgeTemplateVersionId = versions[PromptTemplateKind.PairwiseJudge],
            Teachers = [new RunTeacher { TeacherId = teacher.Id, SampleCount = 1, Position = 0 }],
            Counters = new RunCounters { PromptCount = count },
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        const string emptyObject = "{}";
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO "DatasetPrompts" ("DatasetId", "Ordinal", "Text", "Messages", "Language", "Task", "Metadata")
            SELECT {dataset.Id}, g,
                   'Prompt ' || g || CASE g % 4 WHEN 0 THEN ' about the Weather' WHEN 1 THEN ' über Äpfel und Birnen'
                                                WHEN 2 THEN ' on sleep_well 100%' ELSE ' 天气怎么样' END,
                   '[]', (ARRAY['en','de','ar','zh','ja','fr'])[g % 6 + 1], (ARRAY['qa','advice','explanation'])[g % 3 + 1], '{emptyObject}'
            FROM generate_series(0, {count - 1}) AS g;

            INSERT INTO "RunPrompts" ("RunId", "PromptId", "Ordinal", "Stage")
            SELECT {run.Id}, "Id", "Ordinal", CASE WHEN "Ordinal" % 10 = 9 THEN 'Failed' ELSE 'Done' END
            FROM "DatasetPrompts" WHERE "DatasetId" = {dataset.Id};

            INSERT INTO "Aggregates" ("RunId", "PromptId", "Method", "CandidateLimit", "Text", "SourceCandidateIds", "PresentedOrder", "CreatedAt")
            SELECT {run.Id}, "Id", 'FusionOfN', 1, 'fused', '[]', '[]', now()
            FROM "DatasetPrompts" WHERE "DatasetId" = {dataset.Id};

            INSERT INTO "Scores" ("RunId", "AggregateId", "JudgeTeacherId", "TemplateVersionId", "Value", "Attempts", "CreatedAt")
            SELECT {run.Id}, a."Id", {judge.Id}, {run.PointwiseJudgeTemplateVersionId}, p."Ordinal" % 10, 1, now()
            FROM "Aggregates" a JOIN "DatasetPrompts" p ON p."Id" = a."PromptId"
            WHERE a."RunId" = {run.Id} AND p."Ordinal" % 7 <> 0;

            INSERT INTO "Comparisons" ("RunId", "PromptId", "MethodA", "MethodB", "TemplateVersionId", "Final", "Language", "Task", "CreatedAt")
            SELECT {run.Id}, "Id", 'FusionOfN', 'BestOfN', {run.PairwiseJudgeTemplateVersionId},
                   (ARRAY['A','B','Tie',NULL])["Ordinal" % 5 + 1], "Language", "Task", now()
            FROM "DatasetPrompts" WHERE "DatasetId" = {dataset.Id} AND "Ordinal" % 5 <> 4;

            ANALYZE;
            """,
            connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
        // The rows went in as SQL, past the write path: store their table scores and verdicts as it would.
        await PromptTableSummaryWriter.RefreshRunAsync(db, run.Id, CancellationToken.None);
        return run.Id;
    }

    /// <summary>What the seed wrote for prompt g (its ordinal).</summary>
    public static (string Language, string Task, bool Failed, double? Score, PairVerdict? Final, string Text) Expected(int g) =>
        (Languages[g % 6], Tasks[g % 3], g % 10 == 9, g % 7 == 0 ? null : g % 10,
         (g % 5) switch { 0 => PairVerdict.A, 1 => PairVerdict.B, 2 => PairVerdict.Tie, _ => null },
         $"Prompt {g}" + (g % 4) switch { 0 => " about the Weather", 1 => " über Äpfel und Birnen", 2 => " on sleep_well 100%", _ => " 天气怎么样" });
}
