using FusionStudio.Data.RunChanges;

namespace FusionStudio.Web.Components.Pages.Runs.Parts;

/// <summary>
/// Refreshes a run's page when its run changes: on each notice from the <see cref="RunChangeFeed"/>, at most once per
/// <see cref="Settle"/> (notices that arrive meanwhile collapse into one refresh), and on a slow safety poll in case a
/// notice was lost. Refreshes never overlap. Start it after the first render and dispose it with the page.
/// </summary>
public sealed class RunChangeListener(RunChangeFeed feed, ILogger logger) : IAsyncDisposable
{
    /// <summary>Quiet time after a refresh before the next one: a busy run costs a page a few cheap reads a second.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a page refreshes without a notice.</summary>
    public static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private IDisposable? _subscription;
    private Task _loop = Task.CompletedTask;

    public void Start(int runId, Func<CancellationToken, Task> refresh)
    {
        _subscription = feed.Subscribe(runId, Wake);
        _loop = LoopAsync(refresh);
    }

    private void Wake()
    {
        try
        {
            // A refresh already asked for covers this notice too.
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
        }
    }

    private async Task LoopAsync(Func<CancellationToken, Task> refresh)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await _signal.WaitAsync(SafetyPoll, _stop.Token);
                try
                {
                    await refresh(_stop.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One failed read (a busy database, a deploy) must not end the page's updates.
                    logger.LogWarning(exception, "Refreshing a run page failed; trying again on the next change");
                }

                await Task.Delay(Settle, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _signal.Dispose();
    }
}
