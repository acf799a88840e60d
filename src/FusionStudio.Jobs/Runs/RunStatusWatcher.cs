using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Cancels a job's work as soon as its run leaves the running state (paused or cancelled in the UI, possibly from
/// another process), so in-flight model calls stop and no new ones start.
/// </summary>
public sealed class RunStatusWatcher : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _watching;

    public RunStatusWatcher(IDbContextFactory<FusionDbContext> contexts, int runId, TimeSpan interval, CancellationToken jobToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(jobToken);
        _watching = WatchAsync(contexts, runId, interval);
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>True when the run itself was stopped, as opposed to the worker shutting down.</summary>
    public bool RunStopped { get; private set; }

    private async Task WatchAsync(IDbContextFactory<FusionDbContext> contexts, int runId, TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await using var db = await contexts.CreateDbContextAsync(_stop.Token);
                var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(_stop.Token);
                if (status != RunStatus.Running)
                {
                    RunStopped = true;
                    await _stop.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished or the run stopped: nothing more to watch.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
