namespace FusionStudio.Data.Migrations;

/// <summary>
/// The data steps of the call-log migration, the same SQL on PostgreSQL and SQLite: both scores tables become one,
/// and every call that the old rows recorded becomes a call-log row. What the old rows summed is kept exactly —
/// tokens, cost and latency sit on the first call of a row; a judge asked three times gives three calls, a
/// comparison two (one per order). What was sent was not stored then, so those calls have no request or response.
/// </summary>
public static class CallLogBackfill
{
    private const string CallColumns = """
        "Purpose", "RunId", "PromptId", "TeacherId", "TemplateVersionId", "ProviderId", "Model", "SampleIndex",
        "CandidateId", "ScoreId", "AggregateId", "ComparisonId", "Attempts", "ErrorKind", "Error", "StartedAt", "FinishedAt",
        "Request", "Response", "Usage_CacheHit", "Usage_Cost", "Usage_FinishReason", "Usage_InputTokens", "Usage_LatencyMs",
        "Usage_OutputTokens"
        """;

    // Up to 20 rows per old row: more than any judge was ever re-asked (at most 10) and both orders of a comparison.
    private const string Numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)";

    private const string RunSize = """(SELECT SUM(rt."SampleCount") FROM "RunTeachers" rt WHERE rt."RunId" = a."RunId")""";

    /// <summary>Run after the new tables exist and before the old tables and columns are dropped.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        INSERT INTO "Scores" ("RunId", "CandidateId", "AggregateId", "JudgeTeacherId", "TemplateVersionId", "Value", "Rationale", "RawAnswer", "Attempts", "Error", "CreatedAt")
        SELECT "RunId", "CandidateId", NULL, "JudgeTeacherId", "TemplateVersionId", "Score", "Rationale", "RawAnswer", "Attempts", "Error", "CreatedAt"
        FROM "JudgeScores"
        """,
        """
        INSERT INTO "Scores" ("RunId", "CandidateId", "AggregateId", "JudgeTeacherId", "TemplateVersionId", "Value", "Rationale", "RawAnswer", "Attempts", "Error", "CreatedAt")
        SELECT "RunId", NULL, "AggregateId", "JudgeTeacherId", "TemplateVersionId", "Score", "Rationale", "RawAnswer", "Attempts", "Error", "CreatedAt"
        FROM "AggregateScores"
        """,
        $"""
        INSERT INTO "ModelCalls" ({CallColumns})
        SELECT CASE WHEN r."Source" = 'ImportedLog' THEN 'Imported' ELSE 'Generate' END, c."RunId", c."PromptId", c."TeacherId", NULL,
               t."ProviderId", t."Model", c."SampleIndex", c."Id", NULL, NULL, NULL,
               CASE WHEN r."Source" = 'ImportedLog' OR c."Usage_CacheHit" THEN 0 ELSE 1 END,
               CASE WHEN c."Error" IS NULL THEN NULL ELSE 'Other' END, SUBSTR(c."Error", 1, 2000), c."CreatedAt", c."CreatedAt", NULL, NULL,
               c."Usage_CacheHit", c."Usage_Cost", c."Usage_FinishReason", c."Usage_InputTokens", c."Usage_LatencyMs", c."Usage_OutputTokens"
        FROM "Candidates" c
        JOIN "Runs" r ON r."Id" = c."RunId"
        JOIN "Teachers" t ON t."Id" = c."TeacherId"
        """,
        $"""
        {Numbers}
        INSERT INTO "ModelCalls" ({CallColumns})
        SELECT 'JudgeCandidate', j."RunId", c."PromptId", j."JudgeTeacherId", j."TemplateVersionId", t."ProviderId", t."Model", n.i - 1,
               NULL, s."Id", NULL, NULL, CASE WHEN j."Usage_CacheHit" THEN 0 ELSE 1 END,
               CASE WHEN n.i = 1 AND j."Error" IS NOT NULL THEN 'Other' ELSE NULL END, CASE WHEN n.i = 1 THEN SUBSTR(j."Error", 1, 2000) ELSE NULL END,
               j."CreatedAt", j."CreatedAt", NULL, NULL, j."Usage_CacheHit",
               CASE WHEN n.i = 1 THEN j."Usage_Cost" ELSE 0 END, CASE WHEN n.i = 1 THEN j."Usage_FinishReason" ELSE NULL END,
               CASE WHEN n.i = 1 THEN j."Usage_InputTokens" ELSE 0 END, CASE WHEN n.i = 1 THEN j."Usage_LatencyMs" ELSE 0 END,
               CASE WHEN n.i = 1 THEN j."Usage_OutputTokens" ELSE 0 END
        FROM "JudgeScores" j
        JOIN n ON n.i <= CASE WHEN j."Attempts" < 1 THEN 1 ELSE j."Attempts" END
        JOIN "Candidates" c ON c."Id" = j."CandidateId"
        JOIN "Teachers" t ON t."Id" = j."JudgeTeacherId"
        JOIN "Scores" s ON s."CandidateId" = j."CandidateId" AND s."JudgeTeacherId" = j."JudgeTeacherId" AND s."TemplateVersionId" = j."TemplateVersionId"
        """,
        $"""
        {Numbers}
        INSERT INTO "ModelCalls" ({CallColumns})
        SELECT CASE WHEN a."CandidateLimit" < {RunSize} THEN 'ScalingJudge' ELSE 'JudgeFusedAnswer' END,
               j."RunId", a."PromptId", j."JudgeTeacherId", j."TemplateVersionId", t."ProviderId", t."Model", n.i - 1,
               NULL, s."Id", NULL, NULL, CASE WHEN j."Usage_CacheHit" THEN 0 ELSE 1 END,
               CASE WHEN n.i = 1 AND j."Error" IS NOT NULL THEN 'Other' ELSE NULL END, CASE WHEN n.i = 1 THEN SUBSTR(j."Error", 1, 2000) ELSE NULL END,
               j."CreatedAt", j."CreatedAt", NULL, NULL, j."Usage_CacheHit",
               CASE WHEN n.i = 1 THEN j."Usage_Cost" ELSE 0 END, CASE WHEN n.i = 1 THEN j."Usage_FinishReason" ELSE NULL END,
               CASE WHEN n.i = 1 THEN j."Usage_InputTokens" ELSE 0 END, CASE WHEN n.i = 1 THEN j."Usage_LatencyMs" ELSE 0 END,
               CASE WHEN n.i = 1 THEN j."Usage_OutputTokens" ELSE 0 END
        FROM "AggregateScores" j
        JOIN n ON n.i <= CASE WHEN j."Attempts" < 1 THEN 1 ELSE j."Attempts" END
        JOIN "Aggregates" a ON a."Id" = j."AggregateId"
        JOIN "Teachers" t ON t."Id" = j."JudgeTeacherId"
        JOIN "Scores" s ON s."AggregateId" = j."AggregateId" AND s."JudgeTeacherId" = j."JudgeTeacherId" AND s."TemplateVersionId" = j."TemplateVersionId"
        """,
        $"""
        INSERT INTO "ModelCalls" ({CallColumns})
        SELECT CASE WHEN a."CandidateLimit" < {RunSize} THEN 'ScalingFuse' ELSE 'Fuse' END,
               a."RunId", a."PromptId", r."FusorTeacherId", a."TemplateVersionId", t."ProviderId", COALESCE(t."Model", ''), 0,
               NULL, NULL, a."Id", NULL, CASE WHEN a."Usage_CacheHit" THEN 0 ELSE 1 END,
               CASE WHEN a."Error" IS NULL THEN NULL ELSE 'Other' END, SUBSTR(a."Error", 1, 2000), a."CreatedAt", a."CreatedAt", NULL, NULL,
               a."Usage_CacheHit", a."Usage_Cost", a."Usage_FinishReason", a."Usage_InputTokens", a."Usage_LatencyMs", a."Usage_OutputTokens"
        FROM "Aggregates" a
        JOIN "Runs" r ON r."Id" = a."RunId"
        LEFT JOIN "Teachers" t ON t."Id" = r."FusorTeacherId"
        WHERE a."Method" = 'FusionOfN' AND a."PresentedOrder" <> '[]'
        """,
        $"""
        {Numbers}
        INSERT INTO "ModelCalls" ({CallColumns})
        SELECT 'Compare', m."RunId", m."PromptId", r."JudgeTeacherId", m."TemplateVersionId", t."ProviderId", COALESCE(t."Model", ''), 0,
               NULL, NULL, NULL, m."Id", CASE WHEN m."Usage_CacheHit" THEN 0 ELSE 1 END,
               CASE WHEN n.i = 1 AND m."Error" IS NOT NULL THEN 'Other' ELSE NULL END, CASE WHEN n.i = 1 THEN SUBSTR(m."Error", 1, 2000) ELSE NULL END,
               m."CreatedAt", m."CreatedAt", NULL, NULL, m."Usage_CacheHit",
               CASE WHEN n.i = 1 THEN m."Usage_Cost" ELSE 0 END, CASE WHEN n.i = 1 THEN m."Usage_FinishReason" ELSE NULL END,
               CASE WHEN n.i = 1 THEN m."Usage_InputTokens" ELSE 0 END, CASE WHEN n.i = 1 THEN m."Usage_LatencyMs" ELSE 0 END,
               CASE WHEN n.i = 1 THEN m."Usage_OutputTokens" ELSE 0 END
        FROM "Comparisons" m
        JOIN n ON n.i <= 2
        JOIN "Runs" r ON r."Id" = m."RunId"
        LEFT JOIN "Teachers" t ON t."Id" = r."JudgeTeacherId"
        WHERE m."VerdictAFirst" IS NOT NULL OR m."VerdictBFirst" IS NOT NULL OR m."RawAnswerAFirst" IS NOT NULL
           OR m."RawAnswerBFirst" IS NOT NULL OR m."Usage_LatencyMs" > 0
        """,
    ];
}
