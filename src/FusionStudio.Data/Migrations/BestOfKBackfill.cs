namespace FusionStudio.Data.Migrations;

/// <summary>
/// Fills RunPrompts.BestOfK for prompts scored before it was stored: per prompt and k = 1..N, the expected Best-of-k
/// Σᵢ s₍ᵢ₎·C(i−1, k′−1)/C(n, k′) over its n scored candidates sorted ascending, k′ = min(k, n) — the rule of
/// Engine.Scaling.ExpectedBestOfK, which the pipeline stores from now on. Binomials come from a small table built
/// with C(a, b + 1) = C(a, b)·(a − b)/(b + 1). One statement, written once, in each database's words.
/// </summary>
public static class BestOfKBackfill
{
    private const string Template = """
        WITH RECURSIVE
        sizes(a) AS (SELECT 0 UNION ALL SELECT a + 1 FROM sizes WHERE a < 512),
        binomials(a, b, c) AS (
            SELECT a, 0, 1.0{Real} FROM sizes
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
            JOIN binomials top ON top.a = sc.i - 1 AND top.b = {Least}(ks.k, sc.n) - 1
            JOIN binomials whole ON whole.a = sc.n AND whole.b = {Least}(ks.k, sc.n)
            GROUP BY sc."RunId", sc."PromptId", ks.k)
        UPDATE "RunPrompts" SET "BestOfK" = x.v
        FROM (SELECT "RunId", "PromptId", {ArrayOf}(e ORDER BY k) AS v FROM expected GROUP BY "RunId", "PromptId") x
        WHERE "RunPrompts"."RunId" = x."RunId" AND "RunPrompts"."PromptId" = x."PromptId";
        """;

    /// <summary>The statement in PostgreSQL's words: a real array of doubles.</summary>
    public static string PostgreSql { get; } = Template.Replace("{Real}", "::double precision", StringComparison.Ordinal)
        .Replace("{Least}", "LEAST", StringComparison.Ordinal).Replace("{ArrayOf}", "array_agg", StringComparison.Ordinal);

    /// <summary>The statement in SQLite's words: a JSON array, as EF stores a primitive collection there.</summary>
    public static string Sqlite { get; } = Template.Replace("{Real}", "", StringComparison.Ordinal)
        .Replace("{Least}", "MIN", StringComparison.Ordinal).Replace("{ArrayOf}", "json_group_array", StringComparison.Ordinal);
}
