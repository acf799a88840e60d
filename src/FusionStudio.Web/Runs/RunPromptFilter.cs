namespace FusionStudio.Web.Runs;

/// <summary>Which prompts of a run the table shows.</summary>
public enum RunPromptFilter
{
    All = 0,
    InProgress = 1,
    Done = 2,
    Failed = 3,
}
