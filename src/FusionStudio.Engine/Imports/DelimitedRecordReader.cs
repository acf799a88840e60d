using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace FusionStudio.Engine.Imports;

/// <summary>Reads CSV or TSV one record at a time; the first line is the header that names the fields.</summary>
internal static class DelimitedRecordReader
{
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var delimiter = format == ImportFormat.Tsv ? "\t" : ",";
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
            DetectDelimiter = false,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!await csv.ReadAsync())
        {
            throw new ImportInputException(0, null, "The file is empty: the first line must be a header such as prompt,language,task.");
        }

        var header = (csv.Parser.Record ?? []).Select(name => name.Trim()).ToArray();
        CheckHeader(header, format);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = false;
            ImportRecord? unreadable = null;
            bool read;
            try
            {
                read = await csv.ReadAsync();
            }
            catch (CsvHelperException)
            {
                unreadable = ImportRecord.Unreadable(StartLine(csv.Parser), "could not be read: check the quotes of this line");
                read = false;
            }

            if (unreadable is not null)
            {
                yield return unreadable;
                yield break;
            }

            if (!read)
            {
                yield break;
            }

            var line = StartLine(csv.Parser);
            var record = csv.Parser.Record ?? [];
            var separator = format == ImportFormat.Tsv ? "tabs" : "commas";
            if (badData)
            {
                yield return ImportRecord.Unreadable(line, "has a stray or unclosed quote: put fields with quotes, " + separator + " or line breaks in double quotes, and double the quotes inside");
            }
            else if (record.Length > header.Length)
            {
                yield return ImportRecord.Unreadable(line, $"has {record.Length} fields but the header has {header.Length}: put fields with {separator} in double quotes");
            }
            else if (record.Length < header.Length && csv.Parser.RawRecord.Count(c => c == '\n') > 1 && csv.Parser.RawRecord.Contains('"', StringComparison.Ordinal))
            {
                yield return ImportRecord.Unreadable(line, "has a quote that is never closed: it runs over several lines");
            }
            else
            {
                yield return new ImportRecord(line, header, record.Select(ImportValue.FromText).ToArray());
            }
        }
    }

    private static void CheckHeader(string[] header, ImportFormat format)
    {
        if (header.All(string.IsNullOrWhiteSpace))
        {
            throw new ImportInputException(1, null, "The header is empty: the first line must name the columns, such as prompt,language,task.");
        }

        if (header.Length == 1)
        {
            var only = header[0];
            var hint = only.Contains('\t', StringComparison.Ordinal) ? ("tabs", "TSV (tab-separated)")
                : only.Contains(';', StringComparison.Ordinal) ? ("semicolons", "CSV with commas")
                : only.Contains(',', StringComparison.Ordinal) && format == ImportFormat.Tsv ? ("commas", "CSV (comma-separated)")
                : only.Contains('|', StringComparison.Ordinal) ? ("| characters", "CSV with commas")
                : default;
            if (hint != default)
            {
                var delimiter = format == ImportFormat.Tsv ? "tab" : "comma";
                throw new ImportInputException(1, null,
                    $"The header has one column that contains {hint.Item1}: the columns seem to be separated by {hint.Item1}, not by a {delimiter}. Save the file as {hint.Item2}, or choose that format.");
            }
        }

        var duplicate = header.Where(name => name.Length > 0).GroupBy(name => name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ImportInputException(1, duplicate.Key, "appears twice in the header: give every column its own name");
        }
    }

    /// <summary>The line a record starts on: the parser counts the line it ended on, and a quoted field may span several.</summary>
    private static int StartLine(IParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }
}
