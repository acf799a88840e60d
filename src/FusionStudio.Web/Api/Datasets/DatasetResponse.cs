namespace FusionStudio.Web.Api.Datasets;

/// <summary>A dataset in a list.</summary>
public sealed record DatasetResponse(int Id, string Name, string? Description, int PromptCount, DateTimeOffset CreatedAt);
