using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FusionStudio.Web.Scaling;

/// <summary>
/// The moments of each scaling point's per-prompt values, computed by PostgreSQL over the stored rows, so a point over
/// 100,000 prompts (a normal interval, which needs only these) does not carry 100,000 values to .NET. SQLite, the
/// embedded database of small runs, answers null: the curve then reads the values, as it does for points small
/// enough to bootstrap.
/// </summary>
public static class PointMomentsQuery
{
    /// <summary>BoN@k for k = 1..N over the prompts' stored Best-of-k; a shorter array holds its last value from there on.</summary>
    /// <remarks>
    /// One pass over the run's prompts computes every k's moments side by side (N columns of one row, then turned into
    /// N rows); crossing each prompt with k = 1..N first and grouping by k would hash N rows per prompt.
    /// </remarks>
    public static async Task<List<PointMoments>?> BestOfKAsync(FusionDbContext db, int runId, int candidatesPerPrompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite)
        {
            return null;
        }

        var ks = Enumerable.Range(1, candidatesPerPrompt).Select(k => k.ToString(CultureInfo.InvariantCulture)).ToList();
        var values = string.Join(", ", ks.Select(k => $"p.\"BestOfK\"[LEAST({k}, cardinality(p.\"BestOfK\"))] AS v{k}"));
        var moments = string.Join(", ", ks.Select(k => $"count(v{k}) AS n{k}, avg(v{k}) AS m{k}, var_pop(v{k}) AS s{k}"));
        var rows = string.Join(", ", ks.Select(k => $"({k}, n{k}::int, m{k}, s{k})"));
        var sql = $"""
            SELECT t."K", t."Prompts", t."Mean", t."Variance"
            FROM (SELECT {moments}
                  FROM (SELECT {values} FROM "RunPrompts" p WHERE p."RunId" = @run AND cardinality(p."BestOfK") > 0) x) m
            CROSS JOIN LATERAL (VALUES {rows}) AS t("K", "Prompts", "Mean", "Variance")
            WHERE t."Prompts" > 0
            """;
        return await db.Database.SqlQueryRaw<PointMoments>(sql, new NpgsqlParameter("run", runId)).OrderBy(m => m.K).ToListAsync(cancellationToken);
    }

    /// <summary>FusioN@k per candidate limit over every prompt: a prompt's value is the mean of its scored subsets.</summary>
    public static async Task<List<PointMoments>?> FusionAsync(FusionDbContext db, int runId, int subsets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite)
        {
            return null;
        }

        var method = AggregationMethod.FusionOfN.ToString();
        return await db.Database.SqlQuery<PointMoments>($"""
            SELECT "CandidateLimit" AS "K", count(*)::int AS "Prompts", avg(v) AS "Mean", var_pop(v) AS "Variance"
            FROM (SELECT "CandidateLimit", avg("Score") AS v
                  FROM "Aggregates"
                  WHERE "RunId" = {runId} AND "Method" = {method} AND "Subset" < {subsets} AND "Score" IS NOT NULL
                  GROUP BY "CandidateLimit", "PromptId") x
            GROUP BY "CandidateLimit"
            """).OrderBy(m => m.K).ToListAsync(cancellationToken);
    }
}
