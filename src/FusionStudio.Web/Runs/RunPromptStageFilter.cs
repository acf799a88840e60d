namespace FusionStudio.Web.Runs;

/// <summary>Which steps the table's prompts have reached.</summary>
public enum RunPromptStageFilter
{
    All = 0,
    InProgress = 1,
    Done = 2,
    Failed = 3,
}
