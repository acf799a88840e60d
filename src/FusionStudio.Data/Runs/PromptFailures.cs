using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Runs;

/// <summary>
/// Why a prompt of a run failed: every stored result of it that carries an error — routing, candidates,
/// Mixture-of-Agents layer answers, scores (of candidates and of fused answers alike), aggregates and comparisons —
/// each named by its step. A prompt with any is failed; "retry failed" redoes exactly these.
/// </summary>
public static class PromptFailures
{
    /// <summary>The reasons of many prompts of a run in the same two queries, each prompt's in step order.</summary>
    /// <remarks>
    /// One query for the steps whose reason is plain text and one for the aggregates (their method's label is made
    /// here): every prompt asks this, so it reaches each table through the prompts' own keys — scores through the
    /// prompts' candidates and aggregates, never through all the run's scores.
    /// </remarks>
    public static async Task<List<(long PromptId, string Text)>> ReadManyAsync(
        FusionDbContext db, int runId, IReadOnlyCollection<long> promptIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = db.Candidates.Where(c => c.RunId == runId && promptIds.Contains(c.PromptId));
        var aggregates = db.Aggregates.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId));
        var failed = db.Scores.Where(s => s.Error != null);
        var reasons = await db.PromptRoutes.Where(r => r.RunId == runId && promptIds.Contains(r.PromptId) && r.Error != null)
                .Select(r => new { r.PromptId, Step = 1, Text = "Routing: " + r.Error })
            .Concat(candidates.Where(c => c.Error != null).Select(c => new { c.PromptId, Step = 2, Text = "Generation: " + c.Error }))
            .Concat(db.LayerAnswers.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId) && a.Error != null)
                .Select(a => new { a.PromptId, Step = 3, Text = "Mixture-of-Agents layer " + a.Layer + ": " + a.Error }))
            .Concat(candidates.Join(failed, c => (long?)c.Id, s => s.CandidateId, (c, s) => new { c.PromptId, Step = 4, Text = "Judge: " + s.Error }))
            .Concat(aggregates.Join(failed, a => (long?)a.Id, s => s.AggregateId, (a, s) => new { a.PromptId, Step = 4, Text = "Judge (fused answer): " + s.Error }))
            .Concat(db.Comparisons.Where(c => c.RunId == runId && promptIds.Contains(c.PromptId) && c.Error != null)
                .Select(c => new { c.PromptId, Step = 6, Text = "Comparison: " + c.Error }))
            .ToListAsync(cancellationToken);
        var failedAggregates = await aggregates.Where(a => a.Error != null).Select(a => new { a.PromptId, a.Method, a.Error }).ToListAsync(cancellationToken);
        return reasons.Select(r => (r.PromptId, r.Step, r.Text))
            .Concat(failedAggregates.Select(a => (a.PromptId, Step: 5, Text: $"{a.Method.ToLabel()}: {a.Error}")))
            .OrderBy(r => r.Step)
            .Select(r => (r.PromptId, r.Text))
            .ToList();
    }
}
