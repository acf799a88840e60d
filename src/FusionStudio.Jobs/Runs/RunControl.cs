using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Start, pause, resume, cancel and retry-failed. Each moves the run's status through <see cref="RunStatusMover"/>
/// (refused when <see cref="RunLifecycle"/> forbids it) and only changes what the database holds; jobs follow it.
/// </summary>
public sealed class RunControl(IDbContextFactory<FusionDbContext> contexts, RunLauncher launcher, RunStatusMover mover, IBackgroundJobClient jobs)
{
    public async Task<bool> StartAsync(int runId, CancellationToken cancellationToken) =>
        await MoveAndLaunchAsync(runId, RunCommand.Start, cancellationToken);

    public Task<bool> PauseAsync(int runId, CancellationToken cancellationToken) =>
        mover.TryMoveAsync(runId, RunCommand.Pause, cancellationToken: cancellationToken);

    public async Task<bool> ResumeAsync(int runId, CancellationToken cancellationToken) =>
        await MoveAndLaunchAsync(runId, RunCommand.Resume, cancellationToken);

    public Task<bool> CancelAsync(int runId, string? by, CancellationToken cancellationToken) =>
        mover.TryMoveAsync(runId, RunCommand.Cancel, by == null ? "Cancelled" : $"Cancelled by {by}", cancellationToken);

    /// <summary>
    /// Forgets what failed (failed calls and the steps after them) and advances those prompts again; everything
    /// that succeeded is kept and not paid for twice. Returns the prompts reset: null when the run's status refuses
    /// the command, 0 when nothing failed (in both cases nothing changes).
    /// </summary>
    public async Task<int?> RetryFailedAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = await db.Runs.Where(r => r.Id == runId).Select(r => (RunStatus?)r.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is not { } current || !RunLifecycle.Allows(current, RunCommand.RetryFailed))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var failedPrompts = db.RunPrompts.Where(p => p.RunId == runId && p.Stage == PromptStage.Failed).Select(p => p.PromptId);
        if (!await failedPrompts.AnyAsync(cancellationToken))
        {
            return 0;
        }

        // The swap fails when another command moved the run since it was read: then nothing is reset.
        if (!await mover.TryMoveAsync(db, runId, RunCommand.RetryFailed, null, cancellationToken))
        {
            return null;
        }

        // Aggregates and comparisons of a failed prompt are redone from its (now complete) candidates. Their calls
        // stay in the log, unlinked: they were paid for.
        await db.Comparisons.Where(c => c.RunId == runId && failedPrompts.Contains(c.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await db.Aggregates.Where(a => a.RunId == runId && failedPrompts.Contains(a.PromptId)).ExecuteDeleteAsync(cancellationToken);
        // Mixture-of-Agents layers stand on the candidates, so they are redone with them; unchanged requests hit the cache.
        await db.LayerAnswers.Where(a => a.RunId == runId && failedPrompts.Contains(a.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await db.Scores
            .Where(s => s.RunId == runId && s.Error != null && db.Candidates.Any(c => c.Id == s.CandidateId && failedPrompts.Contains(c.PromptId)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Candidates.Where(c => c.RunId == runId && c.Error != null && failedPrompts.Contains(c.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await db.PromptRoutes.Where(r => r.RunId == runId && r.Error != null && failedPrompts.Contains(r.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await PromptTableSummaryWriter.RefreshWhereAsync(db, runId, p => p.Stage == PromptStage.Failed, cancellationToken);
        var reset = await db.RunPrompts
            .Where(p => p.RunId == runId && p.Stage == PromptStage.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stage, PromptStage.Pending).SetProperty(p => p.Error, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await launcher.LaunchAsync(runId, cancellationToken);
        return reset;
    }

    private async Task<bool> MoveAndLaunchAsync(int runId, RunCommand command, CancellationToken cancellationToken)
    {
        if (!await mover.TryMoveAsync(runId, command, cancellationToken: cancellationToken))
        {
            return false;
        }

        // Planning a large run's batches takes seconds; the person who pressed Start should not wait for it.
        jobs.Enqueue<PlanRunBatchesJob>(job => job.RunAsync(runId, CancellationToken.None));
        return true;
    }
}
