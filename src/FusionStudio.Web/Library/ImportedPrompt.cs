namespace FusionStudio.Web.Library;

/// <summary>One checked prompt of an import, ready to store.</summary>
public sealed record ImportedPrompt(
    int Line,
    string Text,
    string Language,
    string Task,
    string? Reference,
    string? ExternalId,
    IReadOnlyDictionary<string, string> Metadata);
