using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Operations;

/// <summary>Marks a queue probe as processed by this worker. Running it twice only refreshes the stamp.</summary>
public sealed class ProbeQueueJob(IDbContextFactory<FusionDbContext> contexts, WorkerIdentity worker, TimeProvider clock)
{
    public async Task RunAsync(long probeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.QueueProbes
            .Where(p => p.Id == probeId)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.ProcessedAt, clock.GetUtcNow())
                    .SetProperty(p => p.ProcessedBy, worker.Name),
                cancellationToken);
    }
}
