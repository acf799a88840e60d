namespace FusionStudio.Web.Runs;

public enum RunPromptSortColumn
{
    Ordinal = 0,
    Language = 1,
    Task = 2,
    Stage = 3,
    Score = 4,
    Verdict = 5,
}
