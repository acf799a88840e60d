namespace FusionStudio.Domain.Runs;

/// <summary>Everything that moves a run from one status to another: people's commands and the workers' own moves.</summary>
public enum RunCommand
{
    Start = 0,
    Pause = 1,
    Resume = 2,
    Cancel = 3,
    RetryFailed = 4,
    Complete = 5,
    CompleteWithFailures = 6,
    PauseForBudget = 7,
}
