namespace FusionStudio.Web.Components.Pages.Runs.Parts;

/// <summary>
/// Re-reads a page's data on a timer. Workers may be other processes, so the database is the only place that
/// knows what changed. Start it after the first render (prerendering has no circuit to update) and dispose it
/// with the page.
/// </summary>
public sealed class PagePoller(ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public void Start(TimeSpan interval, Func<CancellationToken, Task> tick) => _loop = LoopAsync(interval, tick);

    private async Task LoopAsync(TimeSpan interval, Func<CancellationToken, Task> tick)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await tick(_stop.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One failed read (a busy database, a deploy) must not end the page's updates.
                    logger.LogWarning(exception, "Refreshing a run page failed; trying again on the next tick");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
