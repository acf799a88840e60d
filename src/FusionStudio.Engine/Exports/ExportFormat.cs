namespace FusionStudio.Engine.Exports;

public enum ExportFormat
{
    Csv = 0,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    Jsonl = 1,
}
