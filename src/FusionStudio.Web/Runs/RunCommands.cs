using System.Security.Claims;
using FusionStudio.Jobs.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>Start, pause, resume, cancel and retry-failed for people: each checks the Editor policy first.</summary>
public sealed class RunCommands(RunControl control, EditorCheck editors)
{
    public Task<RunCommandResult> StartAsync(int runId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RunAsync(user, async () =>
        {
            await control.StartAsync(runId, cancellationToken);
            return new RunCommandResult(true, "Run started.");
        });

    public Task<RunCommandResult> PauseAsync(int runId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RunAsync(user, async () => await control.PauseAsync(runId, cancellationToken)
            ? new RunCommandResult(true, "Paused. Calls in flight finish; no new ones start.")
            : new RunCommandResult(false, "Only a queued or running run can be paused."));

    public Task<RunCommandResult> ResumeAsync(int runId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RunAsync(user, async () => await control.ResumeAsync(runId, cancellationToken)
            ? new RunCommandResult(true, "Resumed.")
            : new RunCommandResult(false, "Only a paused run can be resumed."));

    public Task<RunCommandResult> CancelAsync(int runId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RunAsync(user, async () => await control.CancelAsync(runId, user.Identity?.Name, cancellationToken)
            ? new RunCommandResult(true, "Cancelled. What is done so far is kept.")
            : new RunCommandResult(false, "This run has already finished."));

    public Task<RunCommandResult> RetryFailedAsync(int runId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RunAsync(user, async () => await control.RetryFailedAsync(runId, cancellationToken) is var count and > 0
            ? new RunCommandResult(true, $"Retrying {count} failed prompt{(count == 1 ? "" : "s")}.")
            : new RunCommandResult(false, "No failed prompt to retry."));

    private async Task<RunCommandResult> RunAsync(ClaimsPrincipal user, Func<Task<RunCommandResult>> command)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await editors.AllowsAsync(user) ? await command() : new RunCommandResult(false, EditorCheck.Denied);
    }
}
