using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>Closes a running run once none of its prompts is left to advance. Any job may call it, any number of times.</summary>
public sealed class RunCompletion(IDbContextFactory<FusionDbContext> contexts, RunStatusMover mover)
{
    public async Task SettleAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stages = await db.RunPrompts
            .Where(p => p.RunId == runId)
            .GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var done = stages.Where(s => s.Stage == PromptStage.Done).Sum(s => s.Count);
        var failed = stages.Where(s => s.Stage == PromptStage.Failed).Sum(s => s.Count);
        var total = stages.Sum(s => s.Count);

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
