namespace FusionStudio.Web.Library;

public enum DatasetFileFormat
{
    /// <summary>One JSON object per line: <c>{"prompt": "…", "language": "…", "task": "…", "reference": "…", "id": "…"}</c>.</summary>
    Jsonl = 0,

    /// <summary>Comma-separated, with a header that names a <c>prompt</c> column and optionally language, task, reference, id.</summary>
    Csv = 1,
}
