using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;

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
        var badCell = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => badCell = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            // Blank lines are skipped below rather than by the parser, so that line numbers still count them.
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            errors.Add(1, null, "the file is empty; the first row must name the columns, like query,model,response");
            yield break;
        }

        var names = header.Select(h => h.Trim()).ToArray();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add(1, duplicate.Key, "the column appears twice in the header");
            yield break;
        }

        var lastLine = csv.Parser.RawRow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badCell = false;
            if (!await csv.ReadAsync())
            {
                yield break;
            }

            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            if (badCell)
            {
                errors.Add(line, null, "a quote is misplaced: a cell with quotes, commas or line breaks must be in double quotes, with inner quotes doubled");
                continue;
            }

            var count = csv.Parser.Count;
            if (count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
            {
                continue;
            }

            if (count != names.Length)
            {
                errors.Add(line, null, string.Create(CultureInfo.InvariantCulture, $"has {count} cells, but the header names {names.Length} columns"));
                continue;
            }

            var cells = new Dictionary<string, LogCell>(StringComparer.Ordinal);
            for (var index = 0; index < names.Length; index++)
            {
                cells[names[index]] = LogCell.FromText(csv.Parser[index]);
            }

            yield return new LogRawRecord(line, cells);
        }
    }
}
