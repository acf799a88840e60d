namespace FusionStudio.Web.Library;

/// <summary>One prompt as the dataset page lists it.</summary>
public sealed record DatasetPromptItem(int Ordinal, string? ExternalId, string Text, string Language, string Task, bool HasReference)
{
    public string? LanguageWarning { get; init; }

    /// <summary>The messages of a chat-shaped prompt; 0 for plain prompts.</summary>
    public int MessageCount { get; init; }
}
