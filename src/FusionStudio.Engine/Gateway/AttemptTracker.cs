namespace FusionStudio.Engine.Gateway;

/// <summary>Counts one call's attempts and times the last; also counts the content faults retried so far.</summary>
internal sealed class AttemptTracker
{
    public int Count { get; private set; }

    public int ContentFaults { get; set; }

    public long FirstStartedAt { get; private set; }

    public long LastStartedAt { get; private set; }

    public long LastAnsweredAt { get; private set; }

    public void Started(long timestamp)
    {
        Count++;
        FirstStartedAt = Count == 1 ? timestamp : FirstStartedAt;
        LastStartedAt = timestamp;
    }

    public void Answered(long timestamp) => LastAnsweredAt = timestamp;
}
