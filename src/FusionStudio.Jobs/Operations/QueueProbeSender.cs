using FusionStudio.Data;
using FusionStudio.Data.Operations;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Operations;

/// <summary>Stores a queue probe and enqueues the job that a worker will stamp it with.</summary>
public sealed class QueueProbeSender(
    IDbContextFactory<FusionDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<long> SendAsync(string? user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var probe = new QueueProbe { EnqueuedAt = clock.GetUtcNow(), EnqueuedBy = user };
        db.QueueProbes.Add(probe);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<ProbeQueueJob>(job => job.RunAsync(probe.Id, CancellationToken.None));
        return probe.Id;
    }
}
