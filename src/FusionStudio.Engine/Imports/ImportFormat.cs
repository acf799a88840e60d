namespace FusionStudio.Engine.Imports;

/// <summary>The file formats a dataset can be imported from.</summary>
public enum ImportFormat
{
    /// <summary>Comma-separated values with a header line.</summary>
    Csv = 0,

    /// <summary>Tab-separated values with a header line.</summary>
    Tsv = 1,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    Jsonl = 2,

    /// <summary>One top-level JSON array of objects.</summary>
    JsonArray = 3,
}
