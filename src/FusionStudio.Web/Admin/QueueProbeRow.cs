namespace FusionStudio.Web.Admin;

/// <summary>One test job: when it was sent, and which worker ran it when (null while it waits).</summary>
public sealed record QueueProbeRow(DateTimeOffset EnqueuedAt, string? ProcessedBy, DateTimeOffset? ProcessedAt);
