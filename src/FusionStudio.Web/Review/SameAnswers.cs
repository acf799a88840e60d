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
        var (a, b) = (pair.A, pair.B);
        var answersA = db.Aggregates.Where(x => x.RunId == runId && x.Method == a && x.CandidateLimit == candidateLimit && x.Text != null);
        var answersB = db.Aggregates.Where(y => y.RunId == runId && y.Method == b && y.CandidateLimit == candidateLimit && y.Text != null);
        // Hashes first, from the (run, method, limit, prompt, hash) index alone; only prompts whose hashes match (or
        // are missing, for answers stored before them on SQLite) have their texts read and compared.
        return answersA
            .Join(answersB, x => x.PromptId, y => y.PromptId, (x, y) => new { x.PromptId, HashA = x.TextHash, HashB = y.TextHash })
            .Where(j => j.HashA == j.HashB || j.HashA == null || j.HashB == null)
            .Where(j => answersA.Where(x => x.PromptId == j.PromptId).Select(x => x.Text).FirstOrDefault()
                == answersB.Where(y => y.PromptId == j.PromptId).Select(y => y.Text).FirstOrDefault())
            .Select(j => j.PromptId);
    }
}
