using FusionStudio.Data;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>
/// Prompts where both methods of a pair gave the same answer: the same text, known by its hash (<see cref="AnswerTextHash"/>),
/// or compared character for character where an older SQLite answer has none (two selectors that chose the same
/// candidate always give the same text). A blind vote on them says nothing about the methods and would become a
/// preference pair with chosen = rejected, so they are not offered for review; the report counts them instead.
/// </summary>
public static class SameAnswers
{
    public static IQueryable<long> PromptIds(FusionDbContext db, int runId, int candidateLimit, MethodPair pair)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pair);
        var answersA = Answers(db, runId, candidateLimit, pair.A);
        var answersB = Answers(db, runId, candidateLimit, pair.B);

        // Answers with a hash match on prompt and hash, from the two methods' (run, method, limit, prompt, hash) index
        // ranges alone, without reading a text: the hash is 64 bits of the text's SHA-256, so two different texts
        // share one with a chance of 2^-64. The NULL checks let EF Core compare the hashes with a plain "=", so the hash
        // is part of the join key.
        var hashed = answersA.Where(x => x.TextHash != null)
            .SelectMany(x => answersB.Where(y => y.PromptId == x.PromptId && y.TextHash != null && x.TextHash != null && y.TextHash == x.TextHash).Select(y => y.PromptId));

        if (!db.IsSqlite)
        {
            // PostgreSQL computed the hashes of the answers stored before them (AnswerTextHashBackfill).
            return hashed;
        }

        // Answers stored on SQLite before the hash have none: those compare texts.
        var unhashedA = answersA.Where(x => x.TextHash == null && x.Text != null)
            .Join(answersB.Where(y => y.Text != null), x => x.PromptId, y => y.PromptId, (x, y) => new { x.PromptId, TextA = x.Text!, TextB = y.Text! });
        var unhashedB = answersA.Where(x => x.TextHash != null)
            .Join(answersB.Where(y => y.TextHash == null && y.Text != null), x => x.PromptId, y => y.PromptId, (x, y) => new { x.PromptId, TextA = x.Text!, TextB = y.Text! });
        return hashed
            .Concat(unhashedA.Where(j => j.TextA == j.TextB).Select(j => j.PromptId))
            .Concat(unhashedB.Where(j => j.TextA == j.TextB).Select(j => j.PromptId));
    }

    private static IQueryable<Aggregate> Answers(FusionDbContext db, int runId, int candidateLimit, AggregationMethod method) =>
        db.Aggregates.Where(a => a.RunId == runId && a.Method == method && a.CandidateLimit == candidateLimit);
}
