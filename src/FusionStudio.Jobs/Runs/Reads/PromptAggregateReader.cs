using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>
/// A prompt's stored aggregates, failed ones included, and whether the run's judge scored each: what selection and
/// fusion have made already, which fused answers still need a score, and the answers the comparisons read.
/// </summary>
public sealed class PromptAggregateReader(IDbContextFactory<FusionDbContext> contexts) : PromptBatchReader<JudgedScope, StoredAggregate>(contexts)
{
    // Compiled, as the candidate reader's queries are: every prompt asks this at least once.
    private static readonly PerModelCompiledQuery<Func<FusionDbContext, int, List<long>, int?, int?, IAsyncEnumerable<PromptRow<StoredAggregate>>>> s_query =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, int runId, List<long> promptIds, int? judgeId, int? versionId) => db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && promptIds.Contains(a.PromptId))
            .Select(a => new PromptRow<StoredAggregate>(
                a.PromptId,
                new StoredAggregate(
                    a.Id,
                    a.Method,
                    a.CandidateLimit,
                    a.Subset,
                    a.Text,
                    a.Error == null && a.Text != null,
                    judgeId != null && versionId != null
                        && db.Scores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId))))));

    public Task<IReadOnlyList<StoredAggregate>> ReadAsync(RunContext run, long promptId, CancellationToken cancellationToken) =>
        ReadRowsAsync(JudgedScope.Of(run), promptId, cancellationToken);

    protected override Task<List<(long PromptId, StoredAggregate Row)>> QueryAsync(
        FusionDbContext db, JudgedScope scope, List<long> promptIds, CancellationToken cancellationToken) =>
        ListAsync(s_query.For(db)(db, scope.RunId, promptIds, scope.JudgeTeacherId, scope.TemplateVersionId), cancellationToken);
}
