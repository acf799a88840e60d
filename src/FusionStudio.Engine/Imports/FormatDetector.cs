using System.Text;

namespace FusionStudio.Engine.Imports;

/// <summary>Tells the format of a file from its name and its first bytes; the content wins where they disagree.</summary>
public static class FormatDetector
{
    private const int PeekBytes = 16 * 1024;

    private static readonly string[] _unsupported = [".xlsx", ".xls", ".ods", ".parquet", ".zip", ".gz", ".arrow", ".pdf", ".docx"];

    /// <summary>The format a file's name suggests, or null when the name says nothing.</summary>
    public static ImportFormat? FromFileName(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".tsv" or ".tab" => ImportFormat.Tsv,
        ".jsonl" or ".ndjson" => ImportFormat.Jsonl,
        ".json" => ImportFormat.JsonArray,
        _ => null,
    };

    /// <summary>The names of files this importer reads, for a file picker.</summary>
    public const string AcceptedExtensions = ".csv,.tsv,.tab,.jsonl,.ndjson,.json,.txt";

    /// <summary>Reads the start of the stream, decides the format and gives back a stream that still starts at byte 0.</summary>
    internal static async Task<(ImportFormat Format, Stream Stream)> DetectAsync(Stream stream, string? fileName, ImportFormat? chosen, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (_unsupported.Contains(extension))
        {
            throw new ImportInputException(0, null, $"\"{Path.GetFileName(fileName)}\" is a {extension} file. Save it as CSV, TSV, JSONL or JSON and upload that.");
        }

        var buffer = new byte[PeekBytes];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        var format = chosen ?? FromContent(buffer.AsSpan(0, filled), FromFileName(fileName));
        return (format, new PrefixedStream(buffer.AsMemory(0, filled), stream));
    }

    private static ImportFormat FromContent(ReadOnlySpan<byte> start, ImportFormat? named)
    {
        var text = Encoding.UTF8.GetString(start).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('['))
        {
            return ImportFormat.JsonArray;
        }

        if (text.StartsWith('{'))
        {
            return ImportFormat.Jsonl;
        }

        if (named is ImportFormat.Csv or ImportFormat.Tsv)
        {
            return named.Value;
        }

        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Count(c => c == '\t') > firstLine.Count(c => c == ',') ? ImportFormat.Tsv : ImportFormat.Csv;
    }
}
