namespace FusionStudio.Engine.Imports.Logs;

/// <summary>How a log file is written: one JSON object per line, or CSV with a header row.</summary>
public enum LogFileFormat
{
    Jsonl = 0,
    Csv = 1,
}
