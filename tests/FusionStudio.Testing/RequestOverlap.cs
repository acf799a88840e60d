using FusionStudio.FakeOpenAi.Recording;

namespace FusionStudio.Testing;

/// <summary>How many requests the fake server was answering at one moment, from its request log.</summary>
public static class RequestOverlap
{
    private static readonly TimeSpan s_timerSlack = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Each request is busy from its arrival for its latency (the answer is written after the wait). The wait is a timer
    /// that can fire up to about a millisecond early by the wall clock that stamps arrivals, so each interval is taken
    /// <see cref="s_timerSlack"/> short: a real excess call would overlap by most of the latency, not by a millisecond.
    /// </summary>
    public static int MostAtOnce(IEnumerable<FakeRequestRecord> requests)
    {
        var events = requests
            .SelectMany(r => new[] { (At: r.ReceivedAt, Change: 1), (At: r.ReceivedAt.AddMilliseconds(r.LatencyMs) - s_timerSlack, Change: -1) })
            .OrderBy(e => e.At)
            .ThenBy(e => e.Change);
        var current = 0;
        var most = 0;
        foreach (var (_, change) in events)
        {
            current += change;
            most = Math.Max(most, current);
        }

        return most;
    }
}
