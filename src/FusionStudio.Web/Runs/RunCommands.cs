using System.Security.Claims;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// People's run commands (start, pause, resume, cancel, retry failed): each checks the Editor policy first, then
/// <see cref="RunControl"/> moves the run as <see cref="RunLifecycle"/> allows — a refusal names the statuses it
/// would have needed, the same words on the page and in the API.
/// </summary>
public sealed class RunCommands(RunControl control, EditorCheck editors)
{
    public async Task<RunCommandResult> ExecuteAsync(int runId, RunCommand command, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return new RunCommandResult(false, EditorCheck.Denied);
        }

        return command switch
        {
            RunCommand.Start => Outcome(await control.StartAsync(runId, cancellationToken), command, "Run started."),
            RunCommand.Pause => Outcome(await control.PauseAsync(runId, cancellationToken), command, "Paused. Calls in flight finish; no new ones start."),
            RunCommand.Resume => Outcome(await control.ResumeAsync(runId, cancellationToken), command, "Resumed."),
            RunCommand.Cancel => Outcome(
                await control.CancelAsync(runId, user.Identity?.Name, cancellationToken), command, "Cancelled. What is done so far is kept."),
            RunCommand.RetryFailed => await control.RetryFailedAsync(runId, cancellationToken) switch
            {
                null => new RunCommandResult(false, RunLifecycle.Refusal(command)),
                0 => new RunCommandResult(false, "No failed prompt to retry."),
                var count => new RunCommandResult(true, $"Retrying {count} failed prompt{(count == 1 ? "" : "s")}."),
            },
            _ => new RunCommandResult(false, "Only the workers complete a run or pause it for its budget."),
        };
    }

    private static RunCommandResult Outcome(bool done, RunCommand command, string message) =>
        done ? new RunCommandResult(true, message) : new RunCommandResult(false, RunLifecycle.Refusal(command));
}
