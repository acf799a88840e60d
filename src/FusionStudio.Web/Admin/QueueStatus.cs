namespace FusionStudio.Web.Admin;

/// <summary>What the queue looks like now: its counts, the workers connected, and the last test jobs.</summary>
public sealed record QueueStatus(
    long Servers, long Enqueued, long Processing, long Failed, IReadOnlyList<string> Workers, IReadOnlyList<QueueProbeRow> Probes);
