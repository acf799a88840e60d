namespace FusionStudio.Domain.Runs;

public static class RunStatusExtensions
{
    /// <summary>Whether workers should keep advancing a run in this status (and re-drive it after a restart).</summary>
    public static bool IsActive(this RunStatus status) => status is RunStatus.Queued or RunStatus.Running;

    public static bool IsFinished(this RunStatus status) =>
        status is RunStatus.Completed or RunStatus.CompletedWithFailures or RunStatus.Cancelled;

    public static string ToLabel(this RunStatus status) => status switch
    {
        RunStatus.CompletedWithFailures => "Completed with failures",
        _ => status.ToString(),
    };
}
