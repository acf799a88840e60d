using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace FusionStudio.Engine.Imports.Reading;

/// <summary>
/// Reads CSV or TSV row by row with the line each row starts on. The first row yielded is the header; empty lines
/// are skipped but still counted, so every line number is the one an editor shows. After an unreadable row nothing
/// more is yielded.
/// </summary>
public static class DelimitedRows
{
    public static async IAsyncEnumerable<DelimitedRow> ReadAsync(
        TextReader reader, char delimiter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var misplacedQuote = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            DetectDelimiter = false,
            HasHeaderRecord = false,
            BadDataFound = _ => misplacedQuote = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            // Empty lines are skipped below rather than by the parser, so that line numbers still count them.
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(reader, configuration);
        // The parser sees every line (none is skipped for it), so a row starts on the line after the last row ended.
        var lastLine = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            misplacedQuote = false;
            DelimitedRow? unreadable = null;
            bool read;
            try
            {
                read = await csv.ReadAsync();
            }
            catch (CsvHelperException error)
            {
                // A file over the limit or not UTF-8 stops the read as itself, whatever the parser wraps it in.
                if (error.InnerException is TextInputException input)
                {
                    ExceptionDispatchInfo.Throw(input);
                }

                unreadable = new DelimitedRow(lastLine + 1, [], csv.Parser.RawRecord, DelimitedRowProblem.Unreadable);
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

            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            var cells = csv.Parser.Record ?? [];
            // The raw text costs a string per row: it is only taken where it can matter (an empty line, a row over
            // several lines).
            var raw = cells is [""] || lastLine > line ? csv.Parser.RawRecord : "";
            if (cells is [""] && raw.AsSpan().TrimEnd("\r\n").IsEmpty)
            {
                continue;
            }

            yield return new DelimitedRow(line, cells, raw, misplacedQuote ? DelimitedRowProblem.MisplacedQuote : DelimitedRowProblem.None);
        }
    }
}
