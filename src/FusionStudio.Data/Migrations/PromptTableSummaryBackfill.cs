namespace FusionStudio.Data.Migrations;

/// <summary>
/// The data step of the prompt-table-summary migration, the same SQL on PostgreSQL and SQLite: each existing prompt
/// gets the score and verdict that <see cref="Runs.PromptTableAnswers"/> defines, as
/// <see cref="Runs.PromptTableSummaryWriter"/> stores them from then on. Frozen with the migration: the run's methods
/// and pairs are JSON text, so they are matched as text (a method's name in quotes; the first pair is the list's prefix).
/// </summary>
public static class PromptTableSummaryBackfill
{
    private const string Fuses = """(r."Methods" LIKE '%"FusionOfN"%' OR r."Methods" LIKE '%"RoutedFusion"%' OR r."Methods" LIKE '%"MixtureOfAgents"%')""";

    private const string Selects = """r."Methods" LIKE '%"BestOfN"%'""";

    /// <summary>Run after the columns exist.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        $"""
        UPDATE "RunPrompts" SET "Score" = (
            SELECT s."Value"
            FROM "Runs" r
            JOIN "Aggregates" a ON a."RunId" = r."Id" AND a."PromptId" = "RunPrompts"."PromptId"
                AND a."CandidateLimit" = (SELECT COALESCE(SUM(rt."SampleCount"), 0) FROM "RunTeachers" rt WHERE rt."RunId" = r."Id")
            JOIN "Scores" s ON s."RunId" = r."Id" AND s."JudgeTeacherId" = r."JudgeTeacherId" AND s."TemplateVersionId" = r."PointwiseJudgeTemplateVersionId"
            WHERE r."Id" = "RunPrompts"."RunId"
              AND ((({Fuses}) AND a."Method" = CASE WHEN r."Methods" LIKE '%"FusionOfN"%' THEN 'FusionOfN' ELSE 'RoutedFusion' END
                        AND s."AggregateId" = a."Id")
                   OR (NOT ({Fuses}) AND {Selects} AND a."Method" = 'BestOfN' AND s."CandidateId" = a."SelectedCandidateId")
                   OR (NOT ({Fuses}) AND NOT ({Selects}) AND r."Methods" LIKE '%"Routed"%' AND a."Method" = 'Routed'
                        AND s."CandidateId" = a."SelectedCandidateId"))
            LIMIT 1)
        """,
        """
        UPDATE "RunPrompts" SET "Verdict" = (
            SELECT c."Final"
            FROM "Comparisons" c
            JOIN "Runs" r ON r."Id" = c."RunId"
            WHERE c."RunId" = "RunPrompts"."RunId" AND c."PromptId" = "RunPrompts"."PromptId"
              AND r."ComparisonPairs" LIKE '[{"a":"' || c."MethodA" || '","b":"' || c."MethodB" || '"}%'
            LIMIT 1)
        """,
    ];
}
