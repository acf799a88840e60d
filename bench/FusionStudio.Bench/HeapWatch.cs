namespace FusionStudio.Bench;

/// <summary>Samples the managed heap's size on a timer and keeps the largest value seen.</summary>
internal sealed class HeapWatch : IDisposable
{
    private readonly Timer _timer;
    private long _max;

    public HeapWatch(TimeSpan interval)
    {
        _max = GC.GetTotalMemory(forceFullCollection: false);
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
    }

    public long MaxHeapBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _max);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _max);
        }
        while (heap > seen && Interlocked.CompareExchange(ref _max, heap, seen) != seen);
    }
}
