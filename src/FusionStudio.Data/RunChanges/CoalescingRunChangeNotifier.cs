using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FusionStudio.Data.RunChanges;

/// <summary>
/// Gathers the runs that changed and sends them at most once per <see cref="Window"/>: a run whose prompts change
/// stage hundreds of times a second costs its pages a few notices a second, not hundreds.
/// </summary>
public sealed class CoalescingRunChangeNotifier(IRunChangeTransport transport, ILogger<CoalescingRunChangeNotifier> logger) : IRunChangeNotifier
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<int, byte> _pending = new();
    private int _scheduled;

    public void Changed(int runId)
    {
        _pending.TryAdd(runId, 0);
        if (Interlocked.Exchange(ref _scheduled, 1) == 0)
        {
            _ = FlushLaterAsync();
        }
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(Window);
        // Reopen before taking the pending runs, so a change that lands while sending schedules the next window.
        Volatile.Write(ref _scheduled, 0);
        var runIds = _pending.Keys.ToList();
        foreach (var runId in runIds)
        {
            _pending.TryRemove(runId, out _);
        }

        if (runIds.Count == 0)
        {
            return;
        }

        try
        {
            await transport.SendAsync(runIds, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // A lost notice only delays the pages until their safety poll; it must never fail the work that changed the run.
            logger.LogWarning(exception, "Telling open pages that runs {RunIds} changed failed", runIds);
        }
    }
}
