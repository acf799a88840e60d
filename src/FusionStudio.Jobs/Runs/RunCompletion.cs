using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>Closes a running run once none of its prompts is left to advance. Any job may call it, any number of times.</summary>
public sealed class RunCompletion(IDbContextFactory<FusionDbContext> contexts, RunStatusMover mover)
{
    public async Task SettleAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tally = await PromptStageCounts.LoadAsync(db, runId, cancellationToken);
        var (done, failed, total) = (tally.Done, tally.Failed, tally.Total);

        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Counters.PromptsDone, done).SetProperty(r => r.Counters.PromptsFailed, failed),
            cancellationToken);

        if (done + failed < total)
        {
            return;
        }

        // Only a run still marked running is closed: a pause or cancel that came first stands.
        await mover.TryMoveAsync(runId, failed > 0 ? RunCommand.CompleteWithFailures : RunCommand.Complete, cancellationToken: cancellationToken);
    }
}
