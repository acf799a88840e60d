using FusionStudio.Data;
using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// The one way a run's status changes: a compare-and-swap guarded by <see cref="RunLifecycle"/>. The update only
/// applies while the run is in a status the command may leave, so of two movers at once (a pause and the
/// completion check, say) exactly one wins and the other is told it was refused.
/// </summary>
public sealed class RunStatusMover(IDbContextFactory<FusionDbContext> contexts, IRunChangeNotifier changes, TimeProvider clock)
{
    /// <summary>True when the run moved; false when its status (or its absence) refused the command.</summary>
    public async Task<bool> TryMoveAsync(int runId, RunCommand command, string? stopReason = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TryMoveAsync(db, runId, command, stopReason, cancellationToken);
    }

    /// <summary>The same move on a context the caller holds, e.g. inside its own transaction.</summary>
    public async Task<bool> TryMoveAsync(FusionDbContext db, int runId, RunCommand command, string? stopReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sources = RunLifecycle.SourcesOf(command);
        var target = RunLifecycle.Target(sources[0], command)!.Value;
        var now = clock.GetUtcNow();
        var moved = await db.Runs.Where(r => r.Id == runId && sources.Contains(r.Status)).ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(r => r.Status, target);
                set.SetProperty(r => r.StopReason, stopReason);
                if (target == RunStatus.Running)
                {
                    set.SetProperty(r => r.StartedAt, r => r.StartedAt ?? now);
                    set.SetProperty(r => r.FinishedAt, (DateTimeOffset?)null);
                }
                else if (target.IsFinished())
                {
                    set.SetProperty(r => r.FinishedAt, now);
                }
            },
            cancellationToken);
        if (moved == 1)
        {
            // Inside a caller's transaction the notice may arrive first; pages then read the old status, and the
            // writer's next notice or the page's safety poll catches up.
            changes.Changed(runId);
        }

        return moved == 1;
    }
}
