namespace FusionStudio.Web.Api.Datasets;

/// <summary>A dataset with its prompts counted by language and task, and the runs that use it.</summary>
public sealed record DatasetDetailResponse(
    int Id,
    string Name,
    string? Description,
    int PromptCount,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    IReadOnlyList<DatasetCount> Languages,
    IReadOnlyList<DatasetCount> Tasks,
    IReadOnlyList<string> Runs);
