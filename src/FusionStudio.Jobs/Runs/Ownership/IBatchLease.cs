namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>A held batch; disposing it hands the batch back.</summary>
public interface IBatchLease : IAsyncDisposable
{
    /// <summary>Cancelled when another owner has taken the batch (this owner was cut off for too long): stop advancing it.</summary>
    CancellationToken Lost { get; }
}
