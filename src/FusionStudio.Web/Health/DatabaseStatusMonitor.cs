namespace FusionStudio.Web.Health;

/// <summary>Probes the database every few seconds in a process that serves pages, so the banner appears and clears by itself.</summary>
internal sealed class DatabaseStatusMonitor(DatabaseProbe probe, DatabaseStatus status) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            status.Report(await probe.ProblemAsync(stoppingToken));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
