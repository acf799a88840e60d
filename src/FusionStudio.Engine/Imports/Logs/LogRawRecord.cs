namespace FusionStudio.Engine.Imports.Logs;

/// <summary>One record as read from the file, before its fields are checked.</summary>
/// <param name="FieldPrefix">
/// Where the record's fields sit inside its line, for error messages: empty for a flat record, e.g.
/// <c>model_performance.gemma-2-9b-it.</c> for one model's answer in the nested per-query shape.
/// </param>
public sealed record LogRawRecord(int Line, IReadOnlyDictionary<string, LogCell> Cells, string FieldPrefix = "");
