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
    IDbContextFactory<FusionDbContext> contexts, RunLauncher launcher, TimeProvider clock, ILogger<ActiveRunResumer> logger) : BackgroundService
{
    // Runs started after this process came up already have their jobs: only older ones can have lost them.
    private readonly DateTimeOffset _processStarted = clock.GetUtcNow();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
        var candidates = await db.Runs
            // A live run has no batches: its prompts are served requests, stored as they are answered.
            .Where(r => r.Status == RunStatus.Running && r.Source != RunSource.Live)
            .Select(r => new { r.Id, r.StartedAt })
            .ToListAsync(stoppingToken);
        var active = candidates.Where(r => r.StartedAt is { } started && started < _processStarted).Select(r => r.Id).ToList();

        foreach (var runId in active)
        {
            var batches = await launcher.LaunchAsync(runId, stoppingToken);
            logger.LogInformation("Re-driving run {RunId}: {Batches} batch(es) left", runId, batches);
        }
    }
}
