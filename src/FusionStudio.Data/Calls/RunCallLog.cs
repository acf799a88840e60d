using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Calls;

/// <summary>
/// Reads the call log for a run: its summary (stored as the calls are, see <see cref="Totals.CallLogTotals"/>), one prompt's, several runs' at once, each step's latency per prompt,
/// its failed calls by reason, and one prompt's calls in time order (the trace). Jobs, pages, exports and the API all read spending through here.
/// </summary>
public sealed class RunCallLog(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<CallSummary> SummaryAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byRun = await Totals.StoredCallSummaries.ByRunAsync(db, [runId], cancellationToken);
        return byRun.GetValueOrDefault(runId, CallSummary.Empty);
    }

    public async Task<CallSummary> PromptSummaryAsync(int runId, long promptId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ModelCalls.Where(c => c.RunId == runId && c.PromptId == promptId).SummarizeAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, CallSummary>> SummariesAsync(IReadOnlyCollection<int> runIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Totals.StoredCallSummaries.ByRunAsync(db, runIds, cancellationToken);
    }

    /// <summary>The call log of several runs from an instant on: what a recipe's live runs spent today, say.</summary>
    public async Task<CallSummary> SummarySinceAsync(IReadOnlyCollection<int> runIds, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = runIds.Select(id => (int?)id).ToList();
        return await db.ModelCalls.Where(c => ids.Contains(c.RunId) && c.StartedAt >= since).SummarizeAsync(cancellationToken);
    }

    /// <summary>Each step's latency per prompt (<see cref="StepLatency"/>), from the slowest calls stored as the calls were.</summary>
    public async Task<IReadOnlyDictionary<ModelCallPurpose, StepLatency>> StepLatenciesAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Totals.StoredCallSummaries.StepLatenciesAsync(db, runId, cancellationToken);
    }

    /// <summary>
    /// The generation calls a routed method paid for: those of the candidates (first sample) of each prompt's
    /// <paramref name="topK"/> best-ranked teachers, with the mean over prompts of their slowest call. In a run of
    /// only routed methods these are all its generation calls; beside other methods, the routed method's share.
    /// </summary>
    public async Task<(CallTotals Totals, double? MeanSlowestCallMs)> RoutedGenerationAsync(int runId, int topK, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls =
            from call in db.ModelCalls
            where call.RunId == runId && call.Purpose == ModelCallPurpose.Generate && call.CandidateId != null
            join candidate in db.Candidates on call.CandidateId equals candidate.Id
            where candidate.SampleIndex == 0 && db.PromptRoutes.Any(route => route.RunId == runId && route.PromptId == candidate.PromptId
                && route.Choices.Any(choice => choice.TeacherId == candidate.TeacherId && choice.Rank < topK))
            select call;
        var totals = (await calls.SummarizeAsync(cancellationToken)).Of(ModelCallPurpose.Generate);
        var slowest = await calls.GroupBy(c => c.PromptId).Select(g => g.Max(c => c.Usage.LatencyMs)).ToListAsync(cancellationToken);
        return (totals, slowest.Count == 0 ? null : slowest.Average());
    }

    /// <summary>
    /// The failed calls that still stand behind a stored result (a retried-away failure keeps its log row but no
    /// link), with identical messages counted together in SQL.
    /// </summary>
    public async Task<IReadOnlyList<FailedCallCount>> FailuresAsync(int runId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ModelCalls
            .Where(c => c.RunId == runId && c.Error != null)
            .Where(c => c.CandidateId != null || c.ScoreId != null || c.AggregateId != null || c.ComparisonId != null)
            .GroupBy(c => new { c.Purpose, c.Error })
            .Select(g => new { g.Key.Purpose, g.Key.Error, Count = g.Count() })
            .OrderByDescending(f => f.Count)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FailedCallCount(r.Purpose, r.Error!, r.Count)).ToList();
    }

    /// <summary>Every call of one prompt of a run, in the order they started, with what was sent and received.</summary>
    public async Task<IReadOnlyList<ModelCall>> TraceAsync(int runId, long promptId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = await db.ModelCalls.AsNoTracking()
            .Where(c => c.RunId == runId && c.PromptId == promptId)
            .ToListAsync(cancellationToken);

        // Ordered here: SQLite stores instants as numbers EF cannot order by in SQL the same way on both databases.
        return calls.OrderBy(c => c.StartedAt).ThenBy(c => c.Id).ToList();
    }
}
