namespace FusionStudio.Data.Writes;

/// <summary>A row waiting for the insert batcher, and the caller waiting for it: true once stored, false when a unique key refused it.</summary>
internal sealed class PendingInsert(object row)
{
    public object Row { get; } = row;

    public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
