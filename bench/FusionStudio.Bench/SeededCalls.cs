using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Data.Calls.Totals;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FusionStudio.Bench;

/// <summary>
/// The call log of a seeded run: one call per candidate, per score, per fused answer and two per comparison, derived
/// in SQL from the rows the seeder wrote, each with the usage the seeder chose for its kind. The run's call-log totals
/// are then written by the product's own code, in saves of a group commit's size, as the pipeline would have. The
/// table is analyzed first, as autovacuum would have by then, so each save's read of the next calls is an index range.
/// </summary>
internal static class SeededCalls
{
    /// <summary>One call's usage; <paramref name="LatencySql"/> may read the prompt id as <c>p</c>.</summary>
    public sealed record CallShape(int Input, int Output, decimal Cost, string LatencySql);

    private const string Columns = """
        "Purpose", "RunId", "PromptId", "TeacherId", "TemplateVersionId", "Model", "SampleIndex", "CandidateId", "ScoreId", "AggregateId",
        "ComparisonId", "Attempts", "StartedAt", "FinishedAt", "Usage_CacheHit", "Usage_Cost", "Usage_InputTokens", "Usage_OutputTokens",
        "Usage_LatencyMs", "Usage_FinishReason"
        """;

    // The insert batcher's default batch size.
    private const int CallsPerSave = 500;

    public static async Task InsertAsync(
        NpgsqlConnection connection, Func<FusionDbContext> contexts, int runId, CallShape generate, CallShape judge, CallShape fuse, CallShape judgeFused, CallShape compare)
    {
        var sql = $"""
            INSERT INTO "ModelCalls" ({Columns})
            SELECT 'Generate', c."RunId", c."PromptId", c."TeacherId", NULL, 'bench', c."SampleIndex", c."Id", NULL, NULL, NULL, 1, c."CreatedAt", c."CreatedAt",
                   false, {Usage(generate, "c")}, 'stop'
            FROM "Candidates" c WHERE c."RunId" = {runId};
            INSERT INTO "ModelCalls" ({Columns})
            SELECT 'JudgeCandidate', s."RunId", c."PromptId", s."JudgeTeacherId", s."TemplateVersionId", 'bench', 0, NULL, s."Id", NULL, NULL, 1, s."CreatedAt", s."CreatedAt",
                   false, {Usage(judge, "c")}, 'stop'
            FROM "Scores" s JOIN "Candidates" c ON c."Id" = s."CandidateId" WHERE s."RunId" = {runId};
            INSERT INTO "ModelCalls" ({Columns})
            SELECT 'Fuse', a."RunId", a."PromptId", NULL, a."TemplateVersionId", 'bench', 0, NULL, NULL, a."Id", NULL, 1, a."CreatedAt", a."CreatedAt",
                   false, {Usage(fuse, "a")}, 'stop'
            FROM "Aggregates" a WHERE a."RunId" = {runId} AND a."Method" = 'FusionOfN';
            INSERT INTO "ModelCalls" ({Columns})
            SELECT 'JudgeFusedAnswer', s."RunId", a."PromptId", s."JudgeTeacherId", s."TemplateVersionId", 'bench', 0, NULL, s."Id", NULL, NULL, 1, s."CreatedAt", s."CreatedAt",
                   false, {Usage(judgeFused, "a")}, 'stop'
            FROM "Scores" s JOIN "Aggregates" a ON a."Id" = s."AggregateId" WHERE s."RunId" = {runId};
            INSERT INTO "ModelCalls" ({Columns})
            SELECT 'Compare', m."RunId", m."PromptId", NULL, m."TemplateVersionId", 'bench', o.i, NULL, NULL, NULL, m."Id", 1, m."CreatedAt", m."CreatedAt",
                   false, {Usage(compare, "m")}, 'stop'
            FROM "Comparisons" m CROSS JOIN (VALUES (0), (1)) AS o(i) WHERE m."RunId" = {runId};
            ANALYZE "ModelCalls";
            """;
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        await RecordTotalsAsync(contexts, runId);
    }

    private static async Task RecordTotalsAsync(Func<FusionDbContext> contexts, int runId)
    {
        var after = 0L;
        while (true)
        {
            await using var db = contexts();
            var calls = await db.ModelCalls.AsNoTracking()
                .Where(c => c.RunId == runId && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(CallsPerSave)
                .Select(c => new ModelCall { Id = c.Id, RunId = c.RunId, PromptId = c.PromptId, Purpose = c.Purpose, Attempts = c.Attempts, Usage = c.Usage })
                .ToListAsync();
            if (calls.Count == 0)
            {
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync();
            await CallLogTotals.AddAsync(db, calls, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            after = calls[^1].Id;
        }
    }

    private static string Usage(CallShape shape, string row) => string.Create(
        CultureInfo.InvariantCulture,
        $"{shape.Cost}, {shape.Input}, {shape.Output}, {shape.LatencySql.Replace("p", $"{row}.\"PromptId\"", StringComparison.Ordinal)}");
}
