using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Library;

/// <summary>
/// The end of an import: the new dataset's id, or the errors (line, field, reason) and nothing stored. Errors about the
/// dataset itself, such as a name already taken, have line 0 and the field name (<c>Name</c>, <c>Description</c>).
/// </summary>
public sealed record DatasetImportOutcome(
    int? DatasetId,
    int PromptCount,
    IReadOnlyList<ImportIssue> Errors,
    int ErrorCount,
    IReadOnlyList<ImportIssue> Warnings,
    int WarningCount)
{
    public bool Succeeded => DatasetId is not null;

    public int UnlistedErrorCount => ErrorCount - Errors.Count;

    public int UnlistedWarningCount => WarningCount - Warnings.Count;

    /// <summary>The error of a field of the dataset form (Name, Description), or null.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Line == 0 && e.Field == field)?.Reason;

    public static DatasetImportOutcome From(ImportParseResult parsed) =>
        new(null, 0, parsed.Errors, parsed.ErrorCount, parsed.Warnings, parsed.WarningCount);
}
