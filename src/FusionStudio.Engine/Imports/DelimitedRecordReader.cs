using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports;

/// <summary>Reads CSV or TSV one record at a time; the first line is the header that names the fields.</summary>
internal static class DelimitedRecordReader
{
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, ImportFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = format == ImportFormat.Tsv ? "tabs" : "commas";
        string[]? header = null;
        await foreach (var row in DelimitedRows.ReadAsync(reader, format == ImportFormat.Tsv ? '\t' : ',', cancellationToken))
        {
            if (header is null)
            {
                header = row.Cells.Select(name => name.Trim()).ToArray();
                CheckHeader(header, format);
                continue;
            }

            var record = row.Cells;
            if (row.Problem == DelimitedRowProblem.Unreadable)
            {
                yield return ImportRecord.Unreadable(row.Line, "could not be read: check the quotes of this line");
            }
            else if (row.Problem == DelimitedRowProblem.MisplacedQuote)
            {
                yield return ImportRecord.Unreadable(row.Line, "has a stray or unclosed quote: put fields with quotes, " + separator + " or line breaks in double quotes, and double the quotes inside");
            }
            else if (record.Count > header.Length)
            {
                yield return ImportRecord.Unreadable(row.Line, $"has {record.Count} fields but the header has {header.Length}: put fields with {separator} in double quotes");
            }
            else if (record.Count < header.Length && row.Raw.Count(c => c == '\n') > 1 && row.Raw.Contains('"', StringComparison.Ordinal))
            {
                yield return ImportRecord.Unreadable(row.Line, "has a quote that is never closed: it runs over several lines");
            }
            else
            {
                yield return new ImportRecord(row.Line, header, record.Select(ImportValue.FromText).ToArray());
            }
        }

        if (header is null)
        {
            throw new ImportInputException(0, null, "The file is empty: the first line must be a header such as prompt,language,task.");
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
}
