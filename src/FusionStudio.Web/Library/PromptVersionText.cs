namespace FusionStudio.Web.Library;

/// <summary>One version's texts and who wrote it.</summary>
public sealed record PromptVersionText(int Number, string SystemText, string UserText, string? Note, string? CreatedBy, DateTimeOffset CreatedAt);
