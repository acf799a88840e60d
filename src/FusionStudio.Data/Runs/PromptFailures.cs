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
    // Compiled: every prompt of a run asks this when it ends, and a compiled query skips turning the expression into
    // parameters and looking it up in EF Core's query cache at each call.
    private static readonly PerModelCompiledQuery<Func<FusionDbContext, int, List<long>, IAsyncEnumerable<Reason>>> s_reasons =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, int runId, List<long> promptIds) =>
            db.PromptRoutes.Where(r => r.RunId == runId && promptIds.Contains(r.PromptId) && r.Error != null)
                .Select(r => new Reason { PromptId = r.PromptId, Step = 1, Text = "Routing: " + r.Error })
            .Concat(db.Candidates.Where(c => c.RunId == runId && promptIds.Contains(c.PromptId) && c.Error != null)
                .Select(c => new Reason { PromptId = c.PromptId, Step = 2, Text = "Generation: " + c.Error }))
            .Concat(db.LayerAnswers.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId) && a.Error != null)
                .Select(a => new Reason { PromptId = a.PromptId, Step = 3, Text = "Mixture-of-Agents layer " + a.Layer + ": " + a.Error }))
            .Concat(db.Candidates.Where(c => c.RunId == runId && promptIds.Contains(c.PromptId))
                .Join(db.Scores.Where(s => s.Error != null), c => (long?)c.Id, s => s.CandidateId, (c, s) => new Reason { PromptId = c.PromptId, Step = 4, Text = "Judge: " + s.Error }))
            .Concat(db.Aggregates.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId))
                .Join(db.Scores.Where(s => s.Error != null), a => (long?)a.Id, s => s.AggregateId, (a, s) => new Reason { PromptId = a.PromptId, Step = 4, Text = "Judge (fused answer): " + s.Error }))
            .Concat(db.Comparisons.Where(c => c.RunId == runId && promptIds.Contains(c.PromptId) && c.Error != null)
                .Select(c => new Reason { PromptId = c.PromptId, Step = 6, Text = "Comparison: " + c.Error }))));

    private static readonly PerModelCompiledQuery<Func<FusionDbContext, int, List<long>, IAsyncEnumerable<FailedAggregate>>> s_failedAggregates =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, int runId, List<long> promptIds) =>
            db.Aggregates.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId) && a.Error != null)
                .Select(a => new FailedAggregate(a.PromptId, a.Method, a.Error!))));

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
        ArgumentNullException.ThrowIfNull(promptIds);
        var ids = promptIds as List<long> ?? [.. promptIds];
        var reasons = await s_reasons.For(db)(db, runId, ids).ToListAsync(cancellationToken).ConfigureAwait(false);
        var failedAggregates = await s_failedAggregates.For(db)(db, runId, ids).ToListAsync(cancellationToken).ConfigureAwait(false);
        // A stable sort: within a step, each query's own order stays.
        return reasons.Select(r => (r.PromptId, r.Step, r.Text))
            .Concat(failedAggregates.Select(a => (a.PromptId, Step: 5, Text: $"{a.Method.ToLabel()}: {a.Error}")))
            .OrderBy(r => r.Step)
            .Select(r => (r.PromptId, r.Text))
            .ToList();
    }

    /// <summary>A reason as the union reads it: set by member, as EF Core maps the columns of a set operation by member.</summary>
    private sealed class Reason
    {
        public long PromptId { get; init; }

        public int Step { get; init; }

        public string Text { get; init; } = "";
    }

    private sealed record FailedAggregate(long PromptId, AggregationMethod Method, string Error);
}
