using System.Linq.Expressions;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Runs;

/// <summary>
/// Stores each prompt's table score and verdict (of the run's first pair) on its <see cref="RunPrompt"/>, from the one
/// definition in <see cref="PromptTableAnswers"/>, so the prompt table sorts and filters a 100,000-prompt run by them
/// through an index. Set-based: one UPDATE refreshes any number of prompts, each through the answers' unique indexes.
/// Called wherever a prompt's answers, scores or comparisons change: its stage moves, retry failed, judging a live
/// run's traffic; a change to what the run shows (its judge, methods or pairs) refreshes the whole run. Each refresh
/// stores the prompts' answers' scores first (<see cref="AnswerScoreWriter"/>), in the same transaction.
/// </summary>
public static class PromptTableSummaryWriter
{
    /// <summary>
    /// After prompts moved to <paramref name="stage"/>: a prompt has a table score from <see cref="PromptStage.Aggregated"/>
    /// on (its fused answer is scored) and its verdict when it ends, so earlier moves change nothing stored.
    /// </summary>
    public static async Task RefreshMovedAsync(FusionDbContext db, PromptStage stage, IReadOnlyCollection<(int RunId, long RunPromptId)> moved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moved);
        if (stage is not (PromptStage.Aggregated or PromptStage.Done or PromptStage.Failed))
        {
            return;
        }

        foreach (var run in moved.GroupBy(m => m.RunId))
        {
            await RefreshAsync(db, run.Key, run.Select(m => m.RunPromptId).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Refreshes the prompts with these <see cref="RunPrompt.Id"/>s, which belong to the run.</summary>
    /// <remarks>
    /// Found by their keys alone: with the run in the condition too, PostgreSQL may pick the run's index while its
    /// statistics are young and read every prompt of the run for each stage move.
    /// </remarks>
    public static Task RefreshAsync(FusionDbContext db, int runId, IReadOnlyCollection<long> runPromptIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prompts = db.RunPrompts.Where(p => runPromptIds.Contains(p.Id));
        return RefreshPromptsAsync(db, runId, prompts, AnswersOf(db, runId, prompts), cancellationToken);
    }

    /// <summary>Refreshes every prompt of the run.</summary>
    public static Task RefreshRunAsync(FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return RefreshPromptsAsync(db, runId, db.RunPrompts.Where(p => p.RunId == runId), db.Aggregates.Where(a => a.RunId == runId), cancellationToken);
    }

    /// <summary>Refreshes the run's prompts that <paramref name="which"/> lets through (e.g. the failed ones).</summary>
    public static Task RefreshWhereAsync(FusionDbContext db, int runId, Expression<Func<RunPrompt, bool>> which, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prompts = db.RunPrompts.Where(p => p.RunId == runId).Where(which);
        return RefreshPromptsAsync(db, runId, prompts, AnswersOf(db, runId, prompts), cancellationToken);
    }

    // The run's answers to these prompts. A whole run's refresh takes the run's answers without this condition.
    private static IQueryable<Aggregate> AnswersOf(FusionDbContext db, int runId, IQueryable<RunPrompt> prompts)
    {
        var promptIds = prompts.Select(p => p.PromptId);
        return db.Aggregates.Where(a => a.RunId == runId && promptIds.Contains(a.PromptId));
    }

    private static async Task RefreshPromptsAsync(
        FusionDbContext db, int runId, IQueryable<RunPrompt> prompts, IQueryable<Aggregate> answers, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        // The prompts' answers first: the table's score is one of them.
        await AnswerScoreWriter.RefreshAsync(db, run, answers, cancellationToken).ConfigureAwait(false);
        var shown = PromptTableAnswers.Of(run, null);
        var scores = shown.Scores(db);
        var comparisons = shown.Comparisons(db);
        // The score is MAX over at most one answer, not LIMIT 1: a LIMIT lets the planner walk the run's answers for the first match.
        await prompts.ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Score, p => scores.Where(s => s.PromptId == p.PromptId).Max(s => s.Score))
                .SetProperty(p => p.Verdict, p => comparisons.Where(c => c.PromptId == p.PromptId).Select(c => c.Final).FirstOrDefault()),
            cancellationToken).ConfigureAwait(false);
    }
}
