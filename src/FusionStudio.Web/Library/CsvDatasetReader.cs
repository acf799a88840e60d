using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FusionStudio.Web.Library;

/// <summary>
/// Reads comma-separated prompts one record at a time. The header names the columns, in any order and case:
/// <c>prompt</c> is required, <c>language</c>, <c>task</c>, <c>reference</c> and <c>id</c> are optional, any other
/// column is kept as metadata.
/// </summary>
internal static class CsvDatasetReader
{
    private static readonly string[] _knownColumns = ["prompt", "language", "task", "reference", "id"];

    public static async Task ReadAsync(TextReader reader, DatasetImportBuilder builder, CancellationToken cancellationToken)
    {
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            BadDataFound = _ => badData = true,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!await csv.ReadAsync())
        {
            builder.AddError(0, null, "The file is empty: the first line must be a header such as prompt,language,task.");
            return;
        }

        var header = csv.Parser.Record ?? [];
        var columns = MapHeader(header, builder);
        if (columns is null)
        {
            return;
        }

        while (!builder.IsFull)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = false;
            bool read;
            try
            {
                read = await csv.ReadAsync();
            }
            catch (CsvHelperException error)
            {
                builder.AddError(StartLine(csv.Parser), null, $"could not be read as CSV ({error.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)})");
                return;
            }

            if (!read)
            {
                return;
            }

            var line = StartLine(csv.Parser);
            var record = csv.Parser.Record ?? [];
            if (badData)
            {
                builder.AddUnreadableRow(line, null, "has a stray or unclosed quote: put fields with quotes or commas in double quotes, and double the quotes inside");
            }
            else if (record.Length > header.Length)
            {
                builder.AddUnreadableRow(line, null, $"has {record.Length} fields but the header has {header.Length}: put fields with commas in double quotes");
            }
            else
            {
                builder.AddRow(line, columns.Read(record));
            }
        }
    }

    private static CsvColumns? MapHeader(string[] header, DatasetImportBuilder builder)
    {
        var names = header.Select(name => name.Trim().ToLowerInvariant()).ToArray();
        var duplicate = names.GroupBy(name => name).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            builder.AddError(1, duplicate.Key, "appears twice in the header");
            return null;
        }

        if (!names.Contains("prompt"))
        {
            builder.AddError(1, "prompt", $"the header has no prompt column (it has: {string.Join(", ", header)}). Expected prompt[,language,task,reference,id].");
            return null;
        }

        var metadata = names.Select((name, index) => (name, index)).Where(column => !_knownColumns.Contains(column.name))
            .Select(column => (header[column.index].Trim(), column.index)).ToList();
        return new CsvColumns(
            Array.IndexOf(names, "prompt"),
            Array.IndexOf(names, "language"),
            Array.IndexOf(names, "task"),
            Array.IndexOf(names, "reference"),
            Array.IndexOf(names, "id"),
            metadata);
    }

    /// <summary>The line a record starts on: the parser counts the line it ended on, and a quoted field may span several.</summary>
    private static int StartLine(IParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        return parser.RawRow - raw.Count(c => c == '\n');
    }

    private sealed record CsvColumns(int Prompt, int Language, int Task, int Reference, int Id, List<(string Name, int Index)> Metadata)
    {
        public DatasetRowFields Read(string[] record)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, index) in Metadata)
            {
                if (Field(record, index) is { Length: > 0 } value)
                {
                    metadata[name] = value;
                }
            }

            return new DatasetRowFields(Field(record, Prompt), Field(record, Language), Field(record, Task), Field(record, Reference), Field(record, Id), metadata);
        }

        private static string? Field(string[] record, int index) => index >= 0 && index < record.Length ? record[index] : null;
    }
}
