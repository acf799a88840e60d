namespace FusionStudio.Engine.Exports;

/// <summary>One column of a flat export: a CSV header and a JSON property of the same name.</summary>
public sealed record ExportColumn<TRow>(string Name, Func<TRow, object?> Value);
