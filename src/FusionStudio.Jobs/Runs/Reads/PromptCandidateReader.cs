using FusionStudio.Data;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>
/// A prompt's stored candidates, failed ones included, with their scores from the run's judge: what generation has
/// already, what scoring still has to score, and what selection and fusion choose from.
/// </summary>
public sealed class PromptCandidateReader(IDbContextFactory<FusionDbContext> contexts) : PromptBatchReader<JudgedScope, StoredCandidate>(contexts)
{
    // Compiled: every prompt asks this once or more, and a compiled query skips turning the expression into
    // parameters and looking it up in EF Core's query cache at each call.
    private static readonly PerModelCompiledQuery<Func<FusionDbContext, int, List<long>, IAsyncEnumerable<PromptRow<StoredCandidate>>>> s_unjudged =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, int runId, List<long> promptIds) => db.Candidates.AsNoTracking()
            .Where(c => c.RunId == runId && promptIds.Contains(c.PromptId))
            .Select(c => new PromptRow<StoredCandidate>(
                c.PromptId, new StoredCandidate(c.Id, c.TeacherId, c.SampleIndex, c.Text, c.Error == null && c.Text != null, false, null)))));

    // Scores are read per candidate, through its own key: as a join, PostgreSQL may scan the run's every score while
    // the table is young and its statistics still say it is empty.
    private static readonly PerModelCompiledQuery<Func<FusionDbContext, int, List<long>, int, int, IAsyncEnumerable<PromptRow<StoredCandidate>>>> s_judged =
        new(() => EF.CompileAsyncQuery((FusionDbContext db, int runId, List<long> promptIds, int judgeId, int versionId) => db.Candidates.AsNoTracking()
            .Where(c => c.RunId == runId && promptIds.Contains(c.PromptId))
            .Select(c => new PromptRow<StoredCandidate>(
                c.PromptId,
                new StoredCandidate(
                    c.Id,
                    c.TeacherId,
                    c.SampleIndex,
                    c.Text,
                    c.Error == null && c.Text != null,
                    db.Scores.Any(s => s.CandidateId == c.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId),
                    db.Scores
                        .Where(s => s.CandidateId == c.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)
                        .OrderBy(s => s.Id)
                        .Select(s => s.Value)
                        .FirstOrDefault())))));

    public Task<IReadOnlyList<StoredCandidate>> ReadAsync(RunContext run, long promptId, CancellationToken cancellationToken) =>
        ReadRowsAsync(JudgedScope.Of(run), promptId, cancellationToken);

    /// <summary>The prompt's successful candidates in canonical order (teacher position, sample), with judge scores.</summary>
    public async Task<IReadOnlyList<CandidateView>> ReadAnsweredAsync(RunContext run, long promptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var positions = run.Teachers.ToDictionary(t => t.Teacher.Id, t => t.Position);
        return (await ReadAsync(run, promptId, cancellationToken))
            .Where(c => c.Answered)
            .Select(c => new CandidateView(c.Id, positions.GetValueOrDefault(c.TeacherId), c.SampleIndex, c.Text!, c.Score))
            .OrderBy(c => c.TeacherPosition).ThenBy(c => c.SampleIndex)
            .ToList();
    }

    protected override Task<List<(long PromptId, StoredCandidate Row)>> QueryAsync(
        FusionDbContext db, JudgedScope scope, List<long> promptIds, CancellationToken cancellationToken) =>
        ListAsync(
            scope is { JudgeTeacherId: { } judgeId, TemplateVersionId: { } versionId }
                ? s_judged.For(db)(db, scope.RunId, promptIds, judgeId, versionId)
                : s_unjudged.For(db)(db, scope.RunId, promptIds),
            cancellationToken);
}
