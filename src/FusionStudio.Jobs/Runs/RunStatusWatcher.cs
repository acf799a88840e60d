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
                if (await ReadStatusAsync(contexts, runId) is { } status && status != RunStatus.Running)
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

    /// <summary>The run's status, or null while the database is away: the job keeps working and looks again.</summary>
    private async Task<RunStatus?> ReadStatusAsync(IDbContextFactory<FusionDbContext> contexts, int runId)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(_stop.Token);
            return await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(_stop.Token);
        }
        catch (Exception exception) when (DatabaseFaults.IsTransient(exception) && !_stop.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
