namespace FusionStudio.Web.Library;

/// <summary>
/// Checks the lines of an import one by one, as the readers stream them, and collects prompts and errors. Every
/// format goes through it, so a line means the same wherever it came from.
/// </summary>
internal sealed class DatasetImportBuilder(DatasetImportDefaults defaults)
{
    private readonly List<ImportedPrompt> _prompts = [];
    private readonly List<DatasetImportError> _errors = [];
    private readonly Dictionary<string, int> _lineOfId = new(StringComparer.Ordinal);
    private int _errorCount;
    private int _rows;

    /// <summary>True once the input has more rows than one dataset may hold; readers stop there.</summary>
    public bool IsFull { get; private set; }

    public void AddError(int line, string? field, string reason)
    {
        _errorCount++;
        var error = new DatasetImportError(line, field, reason);
        if (line == 0)
        {
            // About the whole input: listed first, whatever else was found.
            _errors.Insert(0, error);
        }
        else if (_errors.Count < DatasetImportLimits.MaxListedErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Counts a row that could not even be read, so the prompt limit still holds.</summary>
    public void AddUnreadableRow(int line, string? field, string reason)
    {
        CountRow();
        AddError(line, field, reason);
    }

    /// <summary>Counts a row whose errors were already added field by field.</summary>
    public void SkipRow() => CountRow();

    public void AddRow(int line, DatasetRowFields row)
    {
        if (!CountRow())
        {
            return;
        }

        var errorsBefore = _errorCount;
        var text = row.Prompt;
        if (string.IsNullOrWhiteSpace(text))
        {
            AddError(line, "prompt", row.Prompt is null ? "is missing" : "is empty");
        }
        else if (text.Length > DatasetImportLimits.MaxTextCharacters)
        {
            AddError(line, "prompt", $"is longer than {DatasetImportLimits.MaxTextCharacters:N0} characters");
        }

        // The defaults are checked once for the whole input, not on every line that uses them.
        var language = string.IsNullOrWhiteSpace(row.Language) ? defaults.Language : row.Language.Trim();
        if (!string.IsNullOrWhiteSpace(row.Language) && !LanguageCodes.IsValid(language))
        {
            AddError(line, "language", $"\"{Shorten(language)}\" {LanguageCodes.InvalidMessage}");
        }

        var task = string.IsNullOrWhiteSpace(row.Task) ? defaults.Task : row.Task.Trim();
        if (!string.IsNullOrWhiteSpace(row.Task) && task.Length > DatasetImportLimits.MaxTaskCharacters)
        {
            AddError(line, "task", $"is longer than {DatasetImportLimits.MaxTaskCharacters} characters");
        }

        if (row.Reference is { Length: > DatasetImportLimits.MaxTextCharacters })
        {
            AddError(line, "reference", $"is longer than {DatasetImportLimits.MaxTextCharacters:N0} characters");
        }

        var id = string.IsNullOrWhiteSpace(row.Id) ? null : row.Id.Trim();
        if (id is { Length: > DatasetImportLimits.MaxIdCharacters })
        {
            AddError(line, "id", $"is longer than {DatasetImportLimits.MaxIdCharacters} characters");
        }
        else if (id is not null && !_lineOfId.TryAdd(id, line))
        {
            AddError(line, "id", $"\"{Shorten(id)}\" is already used on line {_lineOfId[id]}");
        }

        if (_errorCount == errorsBefore)
        {
            var reference = string.IsNullOrWhiteSpace(row.Reference) ? null : row.Reference;
            _prompts.Add(new ImportedPrompt(line, text!.Trim(), language, task, reference, id, row.Metadata));
        }
    }

    public DatasetImportResult Build()
    {
        if (_errorCount == 0 && _prompts.Count == 0)
        {
            return DatasetImportResult.Failure("No prompts found: the input is empty.");
        }

        // Nothing is stored when any line is bad, so the good prompts are of no use to the caller.
        return _errorCount > 0 ? new DatasetImportResult([], _errors, _errorCount) : new DatasetImportResult(_prompts, [], 0);
    }

    private bool CountRow()
    {
        if (IsFull)
        {
            return false;
        }

        _rows++;
        if (_rows > DatasetImportLimits.MaxPrompts)
        {
            IsFull = true;
            AddError(0, null, DatasetImportLimits.TooManyPromptsMessage);
            return false;
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
