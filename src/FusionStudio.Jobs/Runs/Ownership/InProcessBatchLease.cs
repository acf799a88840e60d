namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>A batch held in this process's memory; nothing else can take it, so it is never lost.</summary>
internal sealed class InProcessBatchLease(Action release) : IBatchLease
{
    private int _released;

    public CancellationToken Lost => CancellationToken.None;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }

        return ValueTask.CompletedTask;
    }
}
