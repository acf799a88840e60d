namespace FusionStudio.Domain.Runs;

public enum RunStatus
{
    Queued = 0,
    Running = 1,
    Paused = 2,
    Cancelled = 3,
    Completed = 4,
    CompletedWithFailures = 5,
}
