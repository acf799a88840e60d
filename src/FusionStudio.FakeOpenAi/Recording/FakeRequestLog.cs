namespace FusionStudio.FakeOpenAi.Recording;

/// <summary>The requests the fake server received, safe to read from tests while requests are running.</summary>
public sealed class FakeRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<FakeRequestRecord> _records = [];

    /// <summary>Raised after each request is recorded (the standalone server prints it).</summary>
    public event Action<FakeRequestRecord>? Recorded;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>A copy of the records in the order requests were recorded.</summary>
    public IReadOnlyList<FakeRequestRecord> Snapshot()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    internal void Add(FakeRequestRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }

        Recorded?.Invoke(record);
    }
}
