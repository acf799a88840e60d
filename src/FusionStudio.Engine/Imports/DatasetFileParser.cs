using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// Reads dataset files (CSV, TSV, JSONL, JSON array) from a stream into checked prompts: detects the format and the
/// shape of the rows, proposes a mapping, previews the first rows and reads whole files. It holds no state between
/// calls and knows nothing of storage, so any caller (pages, the API, tools) can use it.
/// </summary>
public sealed class DatasetFileParser(ImportLimits limits)
{
    public ImportLimits Limits { get; } = limits;

    /// <summary>The first rows of the file as they would be imported, with the detected format, shape and mapping.</summary>
    public async Task<ImportPreview> PreviewAsync(Stream stream, string? fileName, ImportSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(settings);
        ImportFormat? format = null;
        var records = new List<ImportRecord>();
        try
        {
            var checkedStream = TextFiles.Check(stream, Limits.MaxFileBytes);
            var (detected, input) = await FormatDetector.DetectAsync(checkedStream, fileName, settings.Format, cancellationToken);
            format = detected;
            await foreach (var record in ReadRecordsAsync(input, detected, cancellationToken))
            {
                records.Add(record);
                if (records.Count >= Limits.PreviewRows)
                {
                    break;
                }
            }
        }
        catch (ImportInputException error)
        {
            return ImportPreview.Failure(error.Issue, format);
        }
        catch (TextInputException error)
        {
            return ImportPreview.Failure(IssueOf(error), format);
        }

        var fields = records.SelectMany(r => r.Names).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var proposed = MappingProposer.Propose(fields);
        var mapping = settings.Mapping ?? proposed;
        var errors = new List<ImportIssue>(DefaultErrors(settings));
        if (records.Count == 0)
        {
            errors.Add(new ImportIssue(0, null, "No rows found: the file is empty."));
        }
        else if (mapping.Prompt is null)
        {
            errors.Add(NoPromptField(fields));
        }

        var checker = new ImportRowChecker(Limits, settings, mapping);
        var rows = mapping.Prompt is null ? [] : records.Select(checker.Check).ToList();
        return new ImportPreview(format, proposed.Shape, mapping, fields, rows, errors);
    }

    /// <summary>Reads and checks the whole file: every prompt, or every error with its line and field.</summary>
    public async Task<ImportParseResult> ParseAsync(Stream stream, string? fileName, ImportSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(settings);
        var collector = new Collector(Limits, settings);
        try
        {
            var checkedStream = TextFiles.Check(stream, Limits.MaxFileBytes);
            var (format, input) = await FormatDetector.DetectAsync(checkedStream, fileName, settings.Format, cancellationToken);
            collector.Format = format;
            await foreach (var record in ReadRecordsAsync(input, format, cancellationToken))
            {
                if (!collector.Add(record, format))
                {
                    break;
                }
            }

            collector.Finish(format);
        }
        catch (ImportInputException error)
        {
            collector.Errors.Add(error.Issue);
        }
        catch (TextInputException error)
        {
            collector.Errors.Add(IssueOf(error));
        }

        return collector.Build();
    }

    /// <summary>Pasted text: one plain prompt per non-empty line, each with the default language and task.</summary>
    public ImportParseResult ParsePasted(string text, ImportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        if (text.Length > Limits.MaxPastedChars)
        {
            return ImportParseResult.Failure(Limits.PasteTooLongMessage);
        }

        var collector = new Collector(Limits, settings with { Mapping = new ImportMapping(ImportShape.Plain, "prompt") });
        string[] names = ["prompt"];
        foreach (var (line, prompt) in PastedPrompts.Lines(text))
        {
            if (!collector.Add(new ImportRecord(line, names, [ImportValue.FromText(prompt)]), null))
            {
                break;
            }
        }

        collector.Finish(null);

        return collector.Build();
    }

    private static async IAsyncEnumerable<ImportRecord> ReadRecordsAsync(Stream input, ImportFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (format == ImportFormat.JsonArray)
        {
            await foreach (var record in JsonArrayRecordReader.ReadAsync(input, cancellationToken))
            {
                yield return record;
            }

            yield break;
        }

        using var reader = TextFiles.OpenReader(input, leaveOpen: true);
        var records = format == ImportFormat.Jsonl
            ? JsonLinesRecordReader.ReadAsync(reader, cancellationToken)
            : DelimitedRecordReader.ReadAsync(reader, format, cancellationToken);
        await foreach (var record in records)
        {
            yield return record;
        }
    }

    private static ImportIssue IssueOf(TextInputException error) => new(error.Line, null, error.Message);

    private static IEnumerable<ImportIssue> DefaultErrors(ImportSettings settings)
    {
        if (!LanguageTags.IsValid(settings.DefaultLanguage))
        {
            yield return new ImportIssue(0, null, $"The default language \"{settings.DefaultLanguage}\" {LanguageTags.InvalidMessage}.");
        }

        if (string.IsNullOrWhiteSpace(settings.DefaultTask))
        {
            yield return new ImportIssue(0, null, "Enter a default task, e.g. general or qa.");
        }
    }

    private static ImportIssue NoPromptField(IReadOnlyList<string> fields) => new(0, "prompt",
        $"no field holds the prompt (the file has: {(fields.Count == 0 ? "no fields" : string.Join(", ", fields))}). Name one prompt, or choose it in the mapping.");

    /// <summary>Collects prompts and issues while a whole file streams by.</summary>
    private sealed class Collector
    {
        private readonly ImportLimits _limits;
        private readonly ImportSettings _settings;
        private readonly List<ImportedPrompt> _prompts = [];
        private readonly ImportIssueList _warnings;
        private readonly List<ImportRecord> _waiting = [];
        private ImportRowChecker? _checker;
        private ImportMapping? _mapping;
        private int _rows;

        public Collector(ImportLimits limits, ImportSettings settings)
        {
            _limits = limits;
            _settings = settings;
            Errors = new ImportIssueList(limits.MaxListedIssues);
            _warnings = new ImportIssueList(limits.MaxListedIssues);
            foreach (var error in DefaultErrors(settings))
            {
                Errors.Add(error);
            }
        }

        public ImportIssueList Errors { get; }

        public ImportFormat? Format { get; set; }

        /// <summary>Checks one record; false once reading should stop (too many rows, no prompt field).</summary>
        public bool Add(ImportRecord record, ImportFormat? format)
        {
            if (++_rows > _limits.MaxRows)
            {
                Errors.Add(new ImportIssue(0, null, _limits.TooManyRowsMessage));
                return false;
            }

            if (_checker is not null)
            {
                Check(record);
                return true;
            }

            // Without a chosen mapping, the first rows propose one, as the preview did from the same rows.
            _waiting.Add(record);
            return (_settings.Mapping is null && _waiting.Count < _limits.PreviewRows) || Start(format);
        }

        /// <summary>Called after the last record: a short file may not have started yet.</summary>
        public void Finish(ImportFormat? format)
        {
            if (_checker is null && _waiting.Count > 0)
            {
                Start(format);
            }
        }

        public ImportParseResult Build()
        {
            if (Errors.Count == 0 && _prompts.Count == 0)
            {
                Errors.Add(new ImportIssue(0, null, "No prompts found: the file is empty."));
            }

            return new ImportParseResult(Format, _mapping, Errors.Count == 0 ? _prompts : [], Errors.Listed, Errors.Count, _warnings.Listed, _warnings.Count);
        }

        private bool Start(ImportFormat? format)
        {
            var first = _waiting[0];
            var fields = _waiting.SelectMany(r => r.Names).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            _mapping = _settings.Mapping ?? MappingProposer.Propose(fields);
            if (_mapping.Prompt is null)
            {
                Errors.Add(first.Problem is null ? NoPromptField(fields) : new ImportIssue(first.Line, null, first.Problem));
                _waiting.Clear();
                return false;
            }

            // A table names its columns once: a mapped column it lacks is missing from every row.
            if (format is ImportFormat.Csv or ImportFormat.Tsv && first.Problem is null)
            {
                var missing = _mapping.MappedFields().FirstOrDefault(field => !first.TryGet(field, out _));
                if (missing is not null)
                {
                    Errors.Add(new ImportIssue(1, missing, $"is not a column of the header (it has: {string.Join(", ", first.Names)})"));
                    _waiting.Clear();
                    return false;
                }
            }

            _checker = new ImportRowChecker(_limits, _settings, _mapping);
            foreach (var record in _waiting)
            {
                Check(record);
            }

            _waiting.Clear();
            return true;
        }

        private void Check(ImportRecord record)
        {
            var outcome = _checker!.Check(record);
            foreach (var error in outcome.Errors)
            {
                Errors.Add(error);
            }

            if (outcome.Prompt is { } prompt)
            {
                if (prompt.LanguageWarning is { } warning)
                {
                    _warnings.Add(new ImportIssue(prompt.Line, _mapping!.Language ?? "language", warning));
                }

                // After the first error nothing will be stored, so the prompts need not be kept.
                if (Errors.Count == 0)
                {
                    _prompts.Add(prompt);
                }
            }
        }
    }
}
