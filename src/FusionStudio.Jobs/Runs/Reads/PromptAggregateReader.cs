using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>
/// A prompt's stored aggregates, failed ones included, and whether the run's judge scored each: what selection and
/// fusion have made already, which fused answers still need a score, and the answers the comparisons read.
/// </summary>
public sealed class PromptAggregateReader(IDbContextFactory<FusionDbContext> contexts) : PromptBatchReader<JudgedScope, StoredAggregate>(contexts)
{
    public Task<IReadOnlyList<StoredAggregate>> ReadAsync(RunContext run, long promptId, CancellationToken cancellationToken) =>
        ReadRowsAsync(JudgedScope.Of(run), promptId, cancellationToken);

    protected override async Task<List<(long PromptId, StoredAggregate Row)>> QueryAsync(
        FusionDbContext db, JudgedScope scope, List<long> promptIds, CancellationToken cancellationToken)
    {
        var (judgeId, versionId) = (scope.JudgeTeacherId, scope.TemplateVersionId);
        var rows = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == scope.RunId && promptIds.Contains(a.PromptId))
            .Select(a => new
            {
                a.PromptId,
                Row = new StoredAggregate(
                    a.Id,
                    a.Method,
                    a.CandidateLimit,
                    a.Subset,
                    a.Text,
                    a.Error == null && a.Text != null,
                    judgeId != null && versionId != null
                        && db.Scores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.PromptId, r.Row)).ToList();
    }
}
