namespace FusionStudio.Engine.Imports;

/// <summary>One row as it would be imported: the prompt, or why it cannot be.</summary>
public sealed record ImportRowOutcome(int Line, ImportedPrompt? Prompt, IReadOnlyList<ImportIssue> Errors);
