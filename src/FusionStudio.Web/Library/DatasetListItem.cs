namespace FusionStudio.Web.Library;

public sealed record DatasetListItem(int Id, string Name, string? Description, int PromptCount, DateTimeOffset CreatedAt, IReadOnlyList<string> Languages);
