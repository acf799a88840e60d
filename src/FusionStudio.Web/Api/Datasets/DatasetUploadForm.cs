namespace FusionStudio.Web.Api.Datasets;

/// <summary>The multipart form that creates a dataset from a file.</summary>
public sealed class DatasetUploadForm
{
    /// <summary>A CSV, TSV, JSONL or JSON-array file, UTF-8. Its name hints at the format.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The dataset's name, unique in the library.</summary>
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Csv, Tsv, Jsonl or JsonArray. Empty: detected from the file.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// Which fields give the prompt, as JSON, e.g. <c>{"shape":"Plain","prompt":"question","language":"lang"}</c>
    /// (shapes: Plain, OpenAiChat, ShareGpt, Alpaca; also input, task, reference, id). Empty: proposed from the fields.
    /// </summary>
    public string? Mapping { get; set; }

    /// <summary>The language of rows that give none, e.g. <c>en</c> or <c>de</c>. Default <c>en</c>.</summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>The task of rows that give none, e.g. <c>qa</c>. Default <c>general</c>.</summary>
    public string? DefaultTask { get; set; }
}
