namespace FusionStudio.Engine.Imports.Logs;

/// <summary>A read log: its content when it has no error, else the errors (the first few) and how many there are.</summary>
public sealed record LogReadResult(LogContent Content, IReadOnlyList<LogImportError> Errors, int ErrorCount)
{
    public bool Succeeded => ErrorCount == 0;
}
