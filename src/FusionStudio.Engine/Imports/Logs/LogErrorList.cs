namespace FusionStudio.Engine.Imports.Logs;

/// <summary>The errors found in a file: the first few kept to show, all of them counted.</summary>
public sealed class LogErrorList(int keep)
{
    private readonly List<LogImportError> _kept = [];

    public IReadOnlyList<LogImportError> Kept => _kept;

    public int Count { get; private set; }

    public void Add(int line, string? field, string message)
    {
        Count++;
        if (_kept.Count < keep)
        {
            _kept.Add(new LogImportError(line, field, message));
        }
    }
}
