using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports;

/// <summary>One checked prompt of an import, ready to store.</summary>
public sealed record ImportedPrompt(
    int Line,
    string Text,
    string Language,
    string Task,
    string? Reference,
    string? ExternalId,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The conversation up to the last user message, for chat-shaped rows; empty for plain prompts.</summary>
    public IReadOnlyList<PromptMessage> Messages { get; init; } = [];

    /// <summary>Why the text's script does not fit the language, when it does not.</summary>
    public string? LanguageWarning { get; init; }

    /// <summary>
    /// For a flagged prompt: the same prompt with the language its script suggests (see <see cref="ScriptLanguage"/>),
    /// checked again; an unflagged prompt, or one whose script names no language, stays as it is.
    /// </summary>
    public ImportedPrompt WithLanguageFromScript() =>
        LanguageWarning is not null && ScriptLanguage.Guess(Text) is { } guessed && guessed != Language
            ? this with { Language = guessed, LanguageWarning = LanguageScriptCheck.Check(Text, guessed) }
            : this;
}
