namespace FusionStudio.Domain.Runs;

/// <summary>
/// The one table of allowed status moves. Whatever moves a run (the launcher, people's commands on the page or the
/// API, the completion check, the budget guard, the log import) asks this table and then swaps the status only if
/// it is still one the table allows from, so two movers at once can never both win.
/// </summary>
public static class RunLifecycle
{
    public static IReadOnlyList<RunTransition> Transitions { get; } =
    [
        new(RunStatus.Queued, RunCommand.Start, RunStatus.Running),
        new(RunStatus.Queued, RunCommand.Pause, RunStatus.Paused),
        new(RunStatus.Running, RunCommand.Pause, RunStatus.Paused),
        new(RunStatus.Paused, RunCommand.Resume, RunStatus.Running),
        new(RunStatus.Queued, RunCommand.Cancel, RunStatus.Cancelled),
        new(RunStatus.Running, RunCommand.Cancel, RunStatus.Cancelled),
        new(RunStatus.Paused, RunCommand.Cancel, RunStatus.Cancelled),
        new(RunStatus.Running, RunCommand.RetryFailed, RunStatus.Running),
        new(RunStatus.Paused, RunCommand.RetryFailed, RunStatus.Running),
        new(RunStatus.CompletedWithFailures, RunCommand.RetryFailed, RunStatus.Running),
        new(RunStatus.Running, RunCommand.Complete, RunStatus.Completed),
        new(RunStatus.Running, RunCommand.CompleteWithFailures, RunStatus.CompletedWithFailures),
        new(RunStatus.Running, RunCommand.PauseForBudget, RunStatus.Paused),
    ];

    /// <summary>The commands people give (the rest are the workers' own moves).</summary>
    public static IReadOnlyList<RunCommand> PeopleCommands { get; } =
        [RunCommand.Start, RunCommand.Pause, RunCommand.Resume, RunCommand.Cancel, RunCommand.RetryFailed];

    /// <summary>The status <paramref name="command"/> leads to from <paramref name="from"/>; null when it is not allowed.</summary>
    public static RunStatus? Target(RunStatus from, RunCommand command) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Command == command)?.To;

    public static bool Allows(RunStatus from, RunCommand command) => Target(from, command) is not null;

    /// <summary>Every status <paramref name="command"/> may start from: the guard of the compare-and-swap.</summary>
    public static IReadOnlyList<RunStatus> SourcesOf(RunCommand command) =>
        Transitions.Where(t => t.Command == command).Select(t => t.From).ToList();

    /// <summary>What people may do with a run in <paramref name="status"/>: the run page's buttons and the API's 409s.</summary>
    public static IReadOnlyList<RunCommand> CommandsFor(RunStatus status) =>
        PeopleCommands.Where(command => Allows(status, command)).ToList();

    /// <summary>A short sentence for a refused command, e.g. "Only a paused run can be resumed."</summary>
    public static string Refusal(RunCommand command)
    {
        var sources = SourcesOf(command).Select(s => s.ToLabel().ToLowerInvariant()).ToList();
        var list = sources.Count switch
        {
            0 => "no",
            1 => sources[0],
            _ => string.Join(", ", sources.Take(sources.Count - 1)) + " or " + sources[^1],
        };
        return $"Only a {list} run can be {Verb(command)}.";
    }

    private static string Verb(RunCommand command) => command switch
    {
        RunCommand.Start => "started",
        RunCommand.Pause or RunCommand.PauseForBudget => "paused",
        RunCommand.Resume => "resumed",
        RunCommand.Cancel => "cancelled",
        RunCommand.RetryFailed => "retried",
        _ => "completed",
    };
}
