namespace FusionStudio.Web.Library;

/// <summary>A dataset as its page heads it: counts by language and task, and the runs that use it.</summary>
public sealed record DatasetSummary(
    int Id,
    string Name,
    string? Description,
    int PromptCount,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    IReadOnlyList<(string Language, int Count)> Languages,
    IReadOnlyList<(string Task, int Count)> Tasks,
    IReadOnlyList<string> Runs)
{
    /// <summary>Prompts whose script does not fit their language.</summary>
    public int FlaggedCount { get; init; }
}
