namespace FusionStudio.Engine.Imports.Logs;

/// <summary>Tells the format of a log file from its name.</summary>
public static class LogFileFormats
{
    public const string Accept = ".jsonl,.ndjson,.json,.csv";

    /// <summary>The format for a file name's extension; null when it is neither JSON Lines nor CSV.</summary>
    public static LogFileFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".JSONL" or ".NDJSON" or ".JSON" => LogFileFormat.Jsonl,
            ".CSV" => LogFileFormat.Csv,
            _ => null,
        };
}
