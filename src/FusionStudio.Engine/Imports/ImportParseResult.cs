namespace FusionStudio.Engine.Imports;

/// <summary>
/// What reading a whole file found: every prompt, or the errors (an import with any error stores nothing, so a person
/// fixes the file rather than hunting for the rows that went missing). Warnings never stop an import.
/// </summary>
public sealed record ImportParseResult(
    ImportFormat? Format,
    ImportMapping? Mapping,
    IReadOnlyList<ImportedPrompt> Prompts,
    IReadOnlyList<ImportIssue> Errors,
    int ErrorCount,
    IReadOnlyList<ImportIssue> Warnings,
    int WarningCount)
{
    public bool Succeeded => ErrorCount == 0 && Prompts.Count > 0;

    /// <summary>Errors found beyond the ones listed.</summary>
    public int UnlistedErrorCount => ErrorCount - Errors.Count;

    public int UnlistedWarningCount => WarningCount - Warnings.Count;

    public IReadOnlyList<string> Languages => Prompts.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static ImportParseResult Failure(string reason, string? field = null) => new(null, null, [], [new ImportIssue(0, field, reason)], 1, [], 0);
}
