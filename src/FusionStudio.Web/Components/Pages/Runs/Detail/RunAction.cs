namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>What a person can ask of a run from its page.</summary>
public enum RunAction
{
    Pause = 0,
    Resume = 1,
    Cancel = 2,
    RetryFailed = 3,
}
