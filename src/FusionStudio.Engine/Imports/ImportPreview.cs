namespace FusionStudio.Engine.Imports;

/// <summary>
/// The first rows of a file as they would be imported with <see cref="Mapping"/>, for a person to confirm or change the
/// mapping before the whole file is read. <see cref="Errors"/> are about the whole file (empty, wrong delimiter).
/// </summary>
public sealed record ImportPreview(
    ImportFormat? Format,
    ImportShape? DetectedShape,
    ImportMapping? Mapping,
    IReadOnlyList<string> Fields,
    IReadOnlyList<ImportRowOutcome> Rows,
    IReadOnlyList<ImportIssue> Errors)
{
    public bool CanImport => Errors.Count == 0 && Mapping?.Prompt is not null && Rows.Count > 0;

    public static ImportPreview Failure(ImportIssue issue, ImportFormat? format = null) => new(format, null, null, [], [], [issue]);
}
