using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Hosting;

/// <summary>
/// On start of a process that runs jobs, re-drives every run that was in progress: the database says what is left,
/// and the work is idempotent, so a run interrupted by a crash or a redeploy simply carries on.
/// </summary>
internal sealed class ActiveRunResumer(
    IDbContextFactory<FusionDbContext> contexts, RunLauncher launcher, ILogger<ActiveRunResumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
        var active = await db.Runs
            .Where(r => r.Status == RunStatus.Running || r.Status == RunStatus.Queued)
            .Select(r => r.Id)
            .ToListAsync(stoppingToken);

        foreach (var runId in active)
        {
            var batches = await launcher.LaunchAsync(runId, stoppingToken);
            logger.LogInformation("Re-driving run {RunId}: {Batches} batch(es) left", runId, batches);
        }
    }
}
