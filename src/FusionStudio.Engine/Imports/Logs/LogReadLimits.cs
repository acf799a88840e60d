namespace FusionStudio.Engine.Imports.Logs;

/// <summary>How much of a log file is read before the import is refused, and how many errors are kept to show.</summary>
public sealed record LogReadLimits(long MaxFileBytes, int MaxRecords, int MaxErrors = 100);
