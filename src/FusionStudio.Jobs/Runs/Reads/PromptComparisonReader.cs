using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>The pairs of methods a prompt's comparisons already stored (failed ones included).</summary>
public sealed class PromptComparisonReader(IDbContextFactory<FusionDbContext> contexts) : PromptBatchReader<int, MethodPair>(contexts)
{
    public Task<IReadOnlyList<MethodPair>> ReadAsync(RunContext run, long promptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return ReadRowsAsync(run.Run.Id, promptId, cancellationToken);
    }

    protected override async Task<List<(long PromptId, MethodPair Row)>> QueryAsync(
        FusionDbContext db, int runId, List<long> promptIds, CancellationToken cancellationToken)
    {
        var rows = await db.Comparisons.AsNoTracking()
            .Where(c => c.RunId == runId && promptIds.Contains(c.PromptId))
            .Select(c => new { c.PromptId, c.MethodA, c.MethodB })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.PromptId, new MethodPair(r.MethodA, r.MethodB))).ToList();
    }
}
