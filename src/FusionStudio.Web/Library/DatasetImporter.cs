using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Library;

/// <summary>
/// Imports a dataset from a stream: preview the first rows with the detected mapping, then read, check and store the
/// whole file, all prompts or none. Callers check that the user may edit (editor policy) before calling.
/// </summary>
public sealed class DatasetImporter(DatasetFileParser parser, DatasetStore store)
{
    public ImportLimits Limits => parser.Limits;

    /// <summary>The detected format and shape, the proposed (or given) mapping and the first rows as they would be imported.</summary>
    public Task<ImportPreview> PreviewAsync(Stream stream, string fileName, ImportSettings options, CancellationToken cancellationToken = default) =>
        parser.PreviewAsync(stream, fileName, options, cancellationToken);

    /// <summary>Reads the whole stream and stores the dataset in one transaction; any error stores nothing.</summary>
    public async Task<DatasetImportOutcome> ImportAsync(Stream stream, DatasetImportRequest request, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = await parser.ParseAsync(stream, request.FileName, request.ToSettings(), cancellationToken);
        return await StoreAsync(parsed, request, userName, cancellationToken);
    }

    /// <summary>Pasted text, one prompt per non-empty line with the default language and task, stored like a file.</summary>
    public Task<DatasetImportOutcome> ImportPastedAsync(string text, DatasetImportRequest request, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoreAsync(parser.ParsePasted(text, request.ToSettings()), request, userName, cancellationToken);
    }

    private async Task<DatasetImportOutcome> StoreAsync(ImportParseResult parsed, DatasetImportRequest request, string userName, CancellationToken cancellationToken)
    {
        if (!parsed.Succeeded)
        {
            return DatasetImportOutcome.From(parsed);
        }

        var input = new DatasetInput { Name = request.Name, Description = request.Description };
        var prompts = request.FixLanguageFromScript ? parsed.Prompts.Select(p => p.WithLanguageFromScript()).ToList() : parsed.Prompts;
        var saved = await store.CreateAsync(input, prompts, new LibraryEditor(userName), cancellationToken);
        if (saved.Id is { } id)
        {
            // Fixed prompts are no longer flagged: only the warnings of prompts still flagged are reported.
            var stillFlagged = prompts.Where(p => p.LanguageWarning is not null).Select(p => p.Line).ToHashSet();
            return request.FixLanguageFromScript
                ? new DatasetImportOutcome(id, prompts.Count, [], 0, parsed.Warnings.Where(w => stillFlagged.Contains(w.Line)).ToList(), stillFlagged.Count)
                : new DatasetImportOutcome(id, parsed.Prompts.Count, [], 0, parsed.Warnings, parsed.WarningCount);
        }

        var errors = saved.FieldErrors.Select(error => new ImportIssue(0, error.Key.Length == 0 ? null : error.Key, error.Value)).ToList();
        return new DatasetImportOutcome(null, 0, errors, errors.Count, parsed.Warnings, parsed.WarningCount);
    }
}
