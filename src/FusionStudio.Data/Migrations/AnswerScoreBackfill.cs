namespace FusionStudio.Data.Migrations;

/// <summary>
/// The data step of the report-answer-scores migration, the same SQL on PostgreSQL and SQLite: each existing answer
/// gets the score <see cref="Runs.AnswerScoreWriter"/> stores from then on — by the run's judge and pointwise template
/// version, of the selected candidate for a selector, of the answer itself otherwise. One statement per kind, so each
/// finds its score through its unique index.
/// </summary>
public static class AnswerScoreBackfill
{
    /// <summary>Run after the column exists.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        UPDATE "Aggregates" SET "Score" = (
            SELECT s."Value"
            FROM "Runs" r
            JOIN "Scores" s ON s."CandidateId" = "Aggregates"."SelectedCandidateId"
                AND s."JudgeTeacherId" = r."JudgeTeacherId" AND s."TemplateVersionId" = r."PointwiseJudgeTemplateVersionId"
            WHERE r."Id" = "Aggregates"."RunId"
            LIMIT 1)
        WHERE "SelectedCandidateId" IS NOT NULL
        """,
        """
        UPDATE "Aggregates" SET "Score" = (
            SELECT s."Value"
            FROM "Runs" r
            JOIN "Scores" s ON s."AggregateId" = "Aggregates"."Id"
                AND s."JudgeTeacherId" = r."JudgeTeacherId" AND s."TemplateVersionId" = r."PointwiseJudgeTemplateVersionId"
            WHERE r."Id" = "Aggregates"."RunId"
            LIMIT 1)
        WHERE "SelectedCandidateId" IS NULL
        """,
    ];
}
