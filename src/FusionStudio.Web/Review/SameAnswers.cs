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
        return db.Aggregates
            .Where(x => x.RunId == runId && x.Method == a && x.CandidateLimit == candidateLimit && x.Text != null)
            .Join(
                db.Aggregates.Where(y => y.RunId == runId && y.Method == b && y.CandidateLimit == candidateLimit && y.Text != null),
                x => x.PromptId,
                y => y.PromptId,
                (x, y) => new { x.PromptId, TextA = x.Text, TextB = y.Text })
            .Where(j => j.TextA == j.TextB)
            .Select(j => j.PromptId);
    }
}
