namespace FusionStudio.Bench.Throughput;

/// <summary>
/// Samples the resident memory of a process (with <c>withChildren</c>: and everything it started) on a timer, and
/// keeps the largest sum seen.
/// </summary>
internal sealed class RssSampler : IDisposable
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(200);

    private readonly int _root;
    private readonly bool _withChildren;
    private readonly Timer _timer;
    private long _peak;

    public RssSampler(int root, bool withChildren)
    {
        _root = root;
        _withChildren = withChildren;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, s_interval);
    }

    public long PeakBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var resident = _withChildren ? ProcFs.Tree(_root).Sum(ProcFs.ResidentBytes) : ProcFs.ResidentBytes(_root);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (resident > seen && Interlocked.CompareExchange(ref _peak, resident, seen) != seen);
    }
}
