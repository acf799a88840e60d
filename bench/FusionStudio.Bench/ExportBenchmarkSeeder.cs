using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FusionStudio.Bench;

/// <summary>
/// Fills a run as a finished one would be: prompts, one candidate per teacher with usage, a judge score per
/// candidate, and Best-of-N and Fusion-of-N answers. Rows go in by binary COPY and INSERT … SELECT, so 800,000
/// candidates take seconds, not the hours the pipeline would.
/// </summary>
internal static class ExportBenchmarkSeeder
{
    private static readonly string[] _languages = ["en", "de", "ar", "zh", "ja", "fr"];

    public static async Task SeedAsync(FusionApp app, string connectionString, int runId, int prompts)
    {
        int datasetId, judgeId, versionId;
        int[] teacherIds;
        await using (var db = app.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
            (datasetId, judgeId, versionId) = (run.DatasetId, run.JudgeTeacherId!.Value, run.PointwiseJudgeTemplateVersionId!.Value);
            teacherIds = run.Teachers.OrderBy(t => t.Position).Select(t => t.TeacherId).ToArray();
        }

        // Completing a COPY of 800,000 rows (index updates included) outlasts the default command timeout.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        await CopyPromptsAsync(connection, datasetId, prompts);
        await ExecuteAsync(connection, $"""
            INSERT INTO "RunPrompts" ("RunId", "PromptId", "Ordinal", "Stage", "UpdatedAt")
            SELECT {runId}, "Id", "Ordinal", 'Done', now() FROM "DatasetPrompts" WHERE "DatasetId" = {datasetId};
            UPDATE "Datasets" SET "PromptCount" = {prompts} WHERE "Id" = {datasetId};
            """);
        await CopyCandidatesAsync(connection, runId, datasetId, teacherIds);
        await ExecuteAsync(connection, $"""
            INSERT INTO "Scores" ("RunId", "CandidateId", "JudgeTeacherId", "TemplateVersionId", "Value", "Rationale", "Attempts", "CreatedAt")
            SELECT {runId}, "Id", {judgeId}, {versionId}, ("Id" * 7919 % 97) / 10.0, 'Accurate and complete; could be shorter.', 1, now()
            FROM "Candidates" WHERE "RunId" = {runId};
            INSERT INTO "Aggregates" ("RunId", "PromptId", "Method", "CandidateLimit", "Text", "SelectedCandidateId", "SourceCandidateIds", "PresentedOrder", "CreatedAt")
            SELECT DISTINCT ON (c."PromptId") {runId}, c."PromptId", 'BestOfN', {teacherIds.Length}, c."Text", c."Id", '[]', '[]', now()
            FROM "Candidates" c JOIN "Scores" s ON s."CandidateId" = c."Id"
            WHERE c."RunId" = {runId} ORDER BY c."PromptId", s."Value" DESC, c."Id";
            INSERT INTO "Aggregates" ("RunId", "PromptId", "Method", "CandidateLimit", "Text", "SelectedCandidateId", "SourceCandidateIds", "PresentedOrder", "CreatedAt")
            SELECT {runId}, c."PromptId", 'FusionOfN', {teacherIds.Length}, 'A fused answer that keeps the best parts of every candidate.', NULL,
                json_agg(c."Id" ORDER BY c."Id")::text, json_agg(c."Id" ORDER BY c."Id")::text, now()
            FROM "Candidates" c WHERE c."RunId" = {runId} GROUP BY c."PromptId";
            """);
        await SeededCalls.InsertAsync(
            connection,
            app.CreateDbContext,
            runId,
            generate: new(120, 85, 0.00042m, "900"),
            judge: new(300, 40, 0.0002m, "400"),
            fuse: new(2400, 300, 0.004m, "2100"),
            judgeFused: new(300, 40, 0.0002m, "400"),
            compare: new(900, 40, 0.0003m, "500"));
        await ExecuteAsync(connection, "ANALYZE;");
    }

    private static async Task CopyPromptsAsync(NpgsqlConnection connection, int datasetId, int prompts)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "DatasetPrompts" ("DatasetId", "Ordinal", "Text", "Messages", "Metadata", "Language", "Task") FROM STDIN (FORMAT BINARY)""");
        for (var ordinal = 0; ordinal < prompts; ordinal++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(datasetId, NpgsqlDbType.Integer);
            await copy.WriteAsync(ordinal, NpgsqlDbType.Integer);
            await copy.WriteAsync($"Prompt {ordinal}: explain how topic {ordinal % 977} works, step by step, and why it matters — «{ordinal % 13}».", NpgsqlDbType.Text);
            await copy.WriteAsync("[]", NpgsqlDbType.Text);
            await copy.WriteAsync("{}", NpgsqlDbType.Text);
            await copy.WriteAsync(_languages[ordinal % _languages.Length], NpgsqlDbType.Varchar);
            await copy.WriteAsync(ordinal % 2 == 0 ? "explanation" : "advice", NpgsqlDbType.Varchar);
        }

        await copy.CompleteAsync();
    }

    private static async Task CopyCandidatesAsync(NpgsqlConnection connection, int runId, int datasetId, int[] teacherIds)
    {
        var promptIds = new List<long>();
        await using (var read = new NpgsqlCommand($"""SELECT "Id" FROM "DatasetPrompts" WHERE "DatasetId" = {datasetId} ORDER BY "Ordinal" """, connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                promptIds.Add(reader.GetInt64(0));
            }
        }

        var now = DateTimeOffset.UtcNow;
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY "Candidates" ("RunId", "PromptId", "TeacherId", "SampleIndex", "Text", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var promptId in promptIds)
        {
            for (var teacher = 0; teacher < teacherIds.Length; teacher++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(runId, NpgsqlDbType.Integer);
                await copy.WriteAsync(promptId, NpgsqlDbType.Bigint);
                await copy.WriteAsync(teacherIds[teacher], NpgsqlDbType.Integer);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(
                    $"Answer {teacher} to prompt {promptId}. The topic works in three steps: first the input is read, then it is checked against what is known, "
                    + $"and finally a result is written. It matters because each step can fail on its own, \"and\" a good design keeps them apart.",
                    NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
        }

        await copy.CompleteAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
