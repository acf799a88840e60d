using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

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
    public static async Task<List<PointMoments>?> BestOfKAsync(FusionDbContext db, int runId, int candidatesPerPrompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsSqlite)
        {
            return null;
        }

        return await db.Database.SqlQuery<PointMoments>($"""
            SELECT k AS "K", count(*)::int AS "Prompts", avg(v) AS "Mean", var_pop(v) AS "Variance"
            FROM (SELECT k, p."BestOfK"[LEAST(k, cardinality(p."BestOfK"))] AS v
                  FROM "RunPrompts" p CROSS JOIN generate_series(1, {candidatesPerPrompt}) AS k
                  WHERE p."RunId" = {runId} AND cardinality(p."BestOfK") > 0) x
            WHERE v IS NOT NULL
            GROUP BY k
            """).OrderBy(m => m.K).ToListAsync(cancellationToken);
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
