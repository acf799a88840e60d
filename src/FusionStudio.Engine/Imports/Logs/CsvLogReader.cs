using System.Globalization;
using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Reads a CSV log with a header row whose column names are the record's field names. Quoted cells may span lines;
/// a record's line is the line it starts on.
/// </summary>
public static class CsvLogReader
{
    public static async IAsyncEnumerable<LogRawRecord> ReadAsync(
        TextReader reader, LogErrorList errors, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        string[]? names = null;
        await foreach (var row in DelimitedRows.ReadAsync(reader, ',', cancellationToken))
        {
            if (names is null)
            {
                names = row.Cells.Select(h => h.Trim()).ToArray();
                var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    errors.Add(1, duplicate.Key, "the column appears twice in the header");
                    yield break;
                }

                continue;
            }

            if (row.Problem != DelimitedRowProblem.None)
            {
                errors.Add(row.Line, null, "a quote is misplaced: a cell with quotes, commas or line breaks must be in double quotes, with inner quotes doubled");
                continue;
            }

            var count = row.Cells.Count;
            if (count == 1 && string.IsNullOrWhiteSpace(row.Cells[0]))
            {
                continue;
            }

            if (count != names.Length)
            {
                errors.Add(row.Line, null, string.Create(CultureInfo.InvariantCulture, $"has {count} cells, but the header names {names.Length} columns"));
                continue;
            }

            var cells = new Dictionary<string, LogCell>(StringComparer.Ordinal);
            for (var index = 0; index < names.Length; index++)
            {
                cells[names[index]] = LogCell.FromText(row.Cells[index]);
            }

            yield return new LogRawRecord(row.Line, cells);
        }

        if (names is null)
        {
            errors.Add(1, null, "the file is empty; the first row must name the columns, like query,model,response");
        }
    }
}
