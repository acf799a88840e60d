namespace FusionStudio.Web.Library;

/// <summary>
/// What an import found: the prompts, or the errors. An import with any error stores nothing, so a person fixes the
/// file and uploads it again rather than hunting for the lines that went missing.
/// </summary>
public sealed record DatasetImportResult(IReadOnlyList<ImportedPrompt> Prompts, IReadOnlyList<DatasetImportError> Errors, int ErrorCount)
{
    public bool Succeeded => ErrorCount == 0 && Prompts.Count > 0;

    /// <summary>Errors found beyond the ones listed.</summary>
    public int UnlistedErrorCount => ErrorCount - Errors.Count;

    public IReadOnlyList<string> Languages => Prompts.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static DatasetImportResult Failure(string reason) => new([], [new DatasetImportError(0, null, reason)], 1);
}
