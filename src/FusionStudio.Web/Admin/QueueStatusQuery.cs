using FusionStudio.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Admin;

/// <summary>The admin page's view of the job queue: Hangfire's counts and servers, and the last test jobs sent.</summary>
public sealed class QueueStatusQuery(JobStorage storage, IDbContextFactory<FusionDbContext> contexts)
{
    public const int ProbesShown = 5;

    public async Task<QueueStatus> GetAsync(CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var stats = monitoring.GetStatistics();
        var workers = monitoring.Servers().Select(s => $"{WorkerName(s.Name)} · {s.WorkersCount} slots").ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var probes = await db.QueueProbes.AsNoTracking()
            .OrderByDescending(p => p.Id)
            .Take(ProbesShown)
            .Select(p => new QueueProbeRow(p.EnqueuedAt, p.ProcessedBy, p.ProcessedAt))
            .ToListAsync(cancellationToken);
        return new QueueStatus(stats.Servers, stats.Enqueued, stats.Processing, stats.Failed, workers, probes);
    }

    // Hangfire appends a unique id to the server name; people need the machine, process and role.
    internal static string WorkerName(string serverName) => string.Join(':', serverName.Split(':').Take(3));
}
