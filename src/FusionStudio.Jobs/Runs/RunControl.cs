using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>Pause, resume, cancel and retry-failed. Each only changes what the database holds; jobs follow it.</summary>
public sealed class RunControl(IDbContextFactory<FusionDbContext> contexts, RunLauncher launcher, TimeProvider clock)
{
    public Task<int> StartAsync(int runId, CancellationToken cancellationToken) => launcher.LaunchAsync(runId, cancellationToken);

    public async Task<bool> PauseAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Runs
            .Where(r => r.Id == runId && (r.Status == RunStatus.Running || r.Status == RunStatus.Queued))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RunStatus.Paused), cancellationToken) == 1;
    }

    public async Task<bool> ResumeAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(cancellationToken);
        if (status != RunStatus.Paused)
        {
            return false;
        }

        await launcher.LaunchAsync(runId, cancellationToken);
        return true;
    }

    public async Task<bool> CancelAsync(int runId, string? by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Runs
            .Where(r => r.Id == runId && (r.Status == RunStatus.Running || r.Status == RunStatus.Queued || r.Status == RunStatus.Paused))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.Status, RunStatus.Cancelled)
                    .SetProperty(r => r.FinishedAt, clock.GetUtcNow())
                    .SetProperty(r => r.StopReason, by == null ? "Cancelled" : $"Cancelled by {by}"),
                cancellationToken) == 1;
    }

    /// <summary>
    /// Forgets what failed (failed calls and the steps after them) and advances those prompts again; everything
    /// that succeeded is kept and not paid for twice.
    /// </summary>
    public async Task<int> RetryFailedAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(cancellationToken);
        if (status == RunStatus.Cancelled)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var failedPrompts = db.RunPrompts.Where(p => p.RunId == runId && p.Stage == PromptStage.Failed).Select(p => p.PromptId);

        // Aggregates and comparisons of a failed prompt are redone from its (now complete) candidates.
        await db.Comparisons.Where(c => c.RunId == runId && failedPrompts.Contains(c.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await db.Aggregates.Where(a => a.RunId == runId && failedPrompts.Contains(a.PromptId)).ExecuteDeleteAsync(cancellationToken);
        await db.JudgeScores
            .Where(s => s.RunId == runId && s.Error != null && db.Candidates.Any(c => c.Id == s.CandidateId && failedPrompts.Contains(c.PromptId)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Candidates.Where(c => c.RunId == runId && c.Error != null && failedPrompts.Contains(c.PromptId)).ExecuteDeleteAsync(cancellationToken);
        var reset = await db.RunPrompts
            .Where(p => p.RunId == runId && p.Stage == PromptStage.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stage, PromptStage.Pending).SetProperty(p => p.Error, (string?)null), cancellationToken);
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RunStatus.Running), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await launcher.LaunchAsync(runId, cancellationToken);
        return reset;
    }
}
