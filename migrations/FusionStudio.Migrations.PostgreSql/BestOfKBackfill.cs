namespace FusionStudio.Migrations.PostgreSql;

/// <summary>
/// Fills RunPrompts.BestOfK for prompts scored before it was stored: per prompt and k = 1..N, the expected Best-of-k
/// Σᵢ s₍ᵢ₎·C(i−1, k′−1)/C(n, k′) over its n scored candidates sorted ascending, k′ = min(k, n) — the rule of
/// Engine.Scaling.ExpectedBestOfK, which the pipeline stores from now on. Binomials come from a small table built
/// with C(a, b + 1) = C(a, b)·(a − b)/(b + 1).
/// </summary>
public static class BestOfKBackfill
{
    public const string Sql = """
        WITH RECURSIVE
        sizes(a) AS (SELECT 0 UNION ALL SELECT a + 1 FROM sizes WHERE a < 512),
        binomials(a, b, c) AS (
            SELECT a, 0, 1.0::double precision FROM sizes
            UNION ALL
            SELECT a, b + 1, c * (a - b) / (b + 1) FROM binomials WHERE b < a),
        widths AS (SELECT "RunId", SUM("SampleCount") AS n FROM "RunTeachers" GROUP BY "RunId"),
        ks("RunId", k, n) AS (
            SELECT "RunId", 1, n FROM widths WHERE n >= 1
            UNION ALL
            SELECT "RunId", k + 1, n FROM ks WHERE k < n),
        scored AS (
            SELECT c."RunId", c."PromptId", s."Value" AS v,
                   row_number() OVER (PARTITION BY c."RunId", c."PromptId" ORDER BY s."Value") AS i,
                   count(*) OVER (PARTITION BY c."RunId", c."PromptId") AS n
            FROM "Candidates" c
            JOIN "Runs" r ON r."Id" = c."RunId"
            JOIN "Scores" s ON s."CandidateId" = c."Id" AND s."RunId" = c."RunId"
                AND s."JudgeTeacherId" = r."JudgeTeacherId" AND s."TemplateVersionId" = r."PointwiseJudgeTemplateVersionId"
            WHERE c."Error" IS NULL AND c."Text" IS NOT NULL AND s."Value" IS NOT NULL),
        expected AS (
            SELECT sc."RunId", sc."PromptId", ks.k, SUM(sc.v * top.c / whole.c) AS e
            FROM scored sc
            JOIN ks ON ks."RunId" = sc."RunId"
            JOIN binomials top ON top.a = sc.i - 1 AND top.b = LEAST(ks.k, sc.n) - 1
            JOIN binomials whole ON whole.a = sc.n AND whole.b = LEAST(ks.k, sc.n)
            GROUP BY sc."RunId", sc."PromptId", ks.k)
        UPDATE "RunPrompts" p SET "BestOfK" = x.v
        FROM (SELECT "RunId", "PromptId", array_agg(e ORDER BY k) AS v FROM expected GROUP BY "RunId", "PromptId") x
        WHERE p."RunId" = x."RunId" AND p."PromptId" = x."PromptId";
        """;
}
