using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Runs;

/// <summary>
/// Why a prompt of a run failed: every stored result of it that carries an error — routing, candidates, scores (of
/// candidates and of fused answers alike), aggregates and comparisons — each named by its step. A prompt with any
/// is failed; "retry failed" redoes exactly these.
/// </summary>
public static class PromptFailures
{
    public static async Task<List<string>> ReadAsync(FusionDbContext db, int runId, long promptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var failures = new List<string>();
        failures.AddRange(await db.PromptRoutes.Where(r => r.RunId == runId && r.PromptId == promptId && r.Error != null)
            .Select(r => "Routing: " + r.Error).ToListAsync(cancellationToken));
        failures.AddRange(await db.Candidates.Where(c => c.RunId == runId && c.PromptId == promptId && c.Error != null)
            .Select(c => "Generation: " + c.Error).ToListAsync(cancellationToken));
        failures.AddRange(await db.Scores
            .Where(s => s.RunId == runId && s.Error != null)
            .Where(s => db.Candidates.Any(c => c.Id == s.CandidateId && c.PromptId == promptId)
                || db.Aggregates.Any(a => a.Id == s.AggregateId && a.PromptId == promptId))
            .Select(s => (s.CandidateId != null ? "Judge: " : "Judge (fused answer): ") + s.Error).ToListAsync(cancellationToken));
        var aggregates = await db.Aggregates.Where(a => a.RunId == runId && a.PromptId == promptId && a.Error != null)
            .Select(a => new { a.Method, a.Error }).ToListAsync(cancellationToken);
        failures.AddRange(aggregates.Select(a => $"{a.Method.ToLabel()}: {a.Error}"));
        failures.AddRange(await db.Comparisons.Where(c => c.RunId == runId && c.PromptId == promptId && c.Error != null)
            .Select(c => "Comparison: " + c.Error).ToListAsync(cancellationToken));
        return failures;
    }
}
