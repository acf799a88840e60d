namespace FusionStudio.Web.Library;

/// <summary>One prompt as the dataset page lists it.</summary>
public sealed record DatasetPromptItem(int Ordinal, string? ExternalId, string Text, string Language, string Task, bool HasReference);
