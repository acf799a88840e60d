namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Plans a running run's batches in the background (its prompt rows and one job per unfinished batch), so that
/// starting or resuming a large run answers at once and its page opens while the plan is made. Safe to run twice:
/// <see cref="RunLauncher"/> only adds what is missing, and a batch job taken twice is advanced by one owner.
/// </summary>
public sealed class PlanRunBatchesJob(RunLauncher launcher)
{
    public Task RunAsync(int runId, CancellationToken cancellationToken) => launcher.LaunchAsync(runId, cancellationToken);
}
