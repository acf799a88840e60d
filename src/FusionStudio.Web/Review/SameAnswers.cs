using FusionStudio.Data;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>
/// Prompts where both methods of a pair gave the same answer: the same text, character for character (two selectors
/// that chose the same candidate always do). A blind vote on them says nothing about the methods and would become a
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

        // Hashes first: the prompts where both answers have one and it is the same, grouped from the (run, method,
        // limit, prompt, hash) index alone; only those prompts' texts are then read and compared.
        var (a, b) = (pair.A, pair.B);
        var sameHash = db.Aggregates
            .Where(x => x.RunId == runId && x.CandidateLimit == candidateLimit && (x.Method == a || x.Method == b) && x.TextHash != null)
            .GroupBy(x => x.PromptId)
            .Where(g => g.Count() == 2 && g.Min(x => x.TextHash) == g.Max(x => x.TextHash))
            .Select(g => g.Key);
        var hashed = sameHash
            .Join(answersA, p => p, x => x.PromptId, (p, x) => new { PromptId = p, TextA = x.Text })
            .Join(answersB, j => j.PromptId, y => y.PromptId, (j, y) => new { j.PromptId, j.TextA, TextB = y.Text })
            .Where(j => j.TextA == j.TextB)
            .Select(j => j.PromptId);

        // Answers stored on SQLite before the hash have none: those compare texts (none on PostgreSQL, which backfilled them).
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
