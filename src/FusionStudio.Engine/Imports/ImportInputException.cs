namespace FusionStudio.Engine.Imports;

/// <summary>The input cannot be read any further (too large, not UTF-8, no header): the import stops here.</summary>
public sealed class ImportInputException(ImportIssue issue) : IOException(issue.ToString())
{
    public ImportInputException(int line, string? field, string reason)
        : this(new ImportIssue(line, field, reason))
    {
    }

    public ImportIssue Issue { get; } = issue;
}
