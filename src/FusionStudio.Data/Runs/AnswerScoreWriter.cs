using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Runs;

/// <summary>
/// The one definition of an answer's score: the run's judge's pointwise score (its judge and template version) of the
/// candidate a selector chose, or of a fused answer's own text. Stored on each <see cref="Aggregate"/> so the report's
/// score distributions, the scaling curve's FusioN@k points and the prompt table read it without joining scores.
/// Set-based: two UPDATEs refresh any number of answers, each score found through its unique index. Run by
/// <see cref="PromptTableSummaryWriter"/> (stage moves, retry failed, a live run's judging or judge change) and after
/// the scaling curve scores a FusioN@k point.
/// </summary>
public static class AnswerScoreWriter
{
    /// <summary>Refreshes one prompt's answers made from <paramref name="candidateLimit"/> candidates (a FusioN@k point).</summary>
    public static Task RefreshPointAsync(FusionDbContext db, Run run, long promptId, int candidateLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        var runId = run.Id;
        return RefreshAsync(
            db, run, db.Aggregates.Where(a => a.RunId == runId && a.PromptId == promptId && a.CandidateLimit == candidateLimit), cancellationToken);
    }

    /// <summary>Refreshes <paramref name="answers"/>, which belong to <paramref name="run"/>.</summary>
    public static async Task RefreshAsync(FusionDbContext db, Run run, IQueryable<Aggregate> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        if (run.JudgeTeacherId is not { } judgeId || run.PointwiseJudgeTemplateVersionId is not { } versionId)
        {
            // A run without a judge scores nothing; only a score left from a judge it had before is cleared.
            await answers.Where(a => a.Score != null).ExecuteUpdateAsync(set => set.SetProperty(a => a.Score, (double?)null), cancellationToken).ConfigureAwait(false);
            return;
        }

        var scores = db.Scores.Where(s => s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId);
        // MAX over at most one row (the unique indexes), not LIMIT 1: a LIMIT lets the planner scan every score of
        // the judge for the first match.
        // Both keys are nullable: the checks for NULL let EF Core compare them with a plain "=", which PostgreSQL can
        // look up in the score's unique index (with null semantics it reads the judge's every candidate score).
        await answers.Where(a => a.SelectedCandidateId != null).ExecuteUpdateAsync(
            set => set.SetProperty(
                a => a.Score,
                a => scores.Where(s => s.CandidateId != null && a.SelectedCandidateId != null && s.CandidateId == a.SelectedCandidateId).Max(s => s.Value)),
            cancellationToken).ConfigureAwait(false);
        await answers.Where(a => a.SelectedCandidateId == null).ExecuteUpdateAsync(
            set => set.SetProperty(a => a.Score, a => scores.Where(s => s.AggregateId == a.Id).Max(s => s.Value)),
            cancellationToken).ConfigureAwait(false);
    }
}
