namespace FusionStudio.Data.Operations;

/// <summary>
/// A test job an admin sends through the queue: it shows that a worker picks up work and how long it took.
/// </summary>
public sealed class QueueProbe
{
    public long Id { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }

    public string? EnqueuedBy { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The worker that ran the probe: machine name and process id.</summary>
    public string? ProcessedBy { get; set; }
}
