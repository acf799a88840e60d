using System.Linq.Expressions;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

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
    /// Whether moving prompts to <paramref name="stage"/> changes what the table stores: a prompt has a table score
    /// from <see cref="PromptStage.Aggregated"/> on (its fused answer is scored) and its verdict when it ends.
    /// </summary>
    public static bool RefreshesAt(PromptStage stage) => stage is PromptStage.Aggregated or PromptStage.Done or PromptStage.Failed;

    /// <summary>
    /// Moves the run's prompts with these <see cref="RunPrompt.Id"/>s forward to <paramref name="stage"/> (those not
    /// already there or beyond) and, where <see cref="RefreshesAt"/>, refreshes their answers' scores and their table
    /// score and verdict: the move and the table's values are one UPDATE.
    /// </summary>
    /// <returns>The prompts the statement matched.</returns>
    public static async Task<int> MoveAsync(
        FusionDbContext db, int runId, IReadOnlyCollection<long> runPromptIds, PromptStage stage, string? error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prompts = db.RunPrompts.Where(p => runPromptIds.Contains(p.Id));
        var from = PromptStageMoves.From(stage);
        var run = RefreshesAt(stage) ? await LoadRunAsync(db, runId, cancellationToken).ConfigureAwait(false) : null;
        if (run is null)
        {
            return await prompts.Where(p => from.Contains(p.Stage)).ExecuteUpdateAsync(
                set => set.SetProperty(p => p.Stage, stage).SetProperty(p => p.Error, error).SetProperty(p => p.UpdatedAt, now),
                cancellationToken).ConfigureAwait(false);
        }

        var setTableValues = await RefreshAnswersAsync(db, run, AnswersOf(db, runId, prompts), cancellationToken).ConfigureAwait(false);
        // Each SET reads the row as it was, so the stage test holds for all three move columns alike.
        return await prompts.ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(p => p.Stage, p => from.Contains(p.Stage) ? stage : p.Stage)
                    .SetProperty(p => p.Error, p => from.Contains(p.Stage) ? error : p.Error)
                    .SetProperty(p => p.UpdatedAt, p => from.Contains(p.Stage) ? now : p.UpdatedAt);
                setTableValues(set);
            },
            cancellationToken).ConfigureAwait(false);
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
        var run = await LoadRunAsync(db, runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        var setTableValues = await RefreshAnswersAsync(db, run, answers, cancellationToken).ConfigureAwait(false);
        await prompts.ExecuteUpdateAsync(setTableValues, cancellationToken).ConfigureAwait(false);
    }

    private static Task<Run?> LoadRunAsync(FusionDbContext db, int runId, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);

    /// <summary>
    /// Stores the answers' scores first (the table's score is one of them) and gives the SETs of the table's score and
    /// verdict. The score is MAX over at most one answer, not LIMIT 1: a LIMIT lets the planner walk the run's answers
    /// for the first match.
    /// </summary>
    private static async Task<Action<UpdateSettersBuilder<RunPrompt>>> RefreshAnswersAsync(
        FusionDbContext db, Run run, IQueryable<Aggregate> answers, CancellationToken cancellationToken)
    {
        await AnswerScoreWriter.RefreshAsync(db, run, answers, cancellationToken).ConfigureAwait(false);
        var shown = PromptTableAnswers.Of(run, null);
        var scores = shown.Scores(db);
        var comparisons = shown.Comparisons(db);
        return set => set
            .SetProperty(p => p.Score, p => scores.Where(s => s.PromptId == p.PromptId).Max(s => s.Score))
            .SetProperty(p => p.Verdict, p => comparisons.Where(c => c.PromptId == p.PromptId).Select(c => c.Final).FirstOrDefault());
    }
}
