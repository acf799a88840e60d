namespace FusionStudio.Engine.Imports.Logs;

/// <summary>One record as read from the file, before its fields are checked.</summary>
public sealed record LogRawRecord(int Line, IReadOnlyDictionary<string, LogCell> Cells);
