using System.Globalization;
using System.Text;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Reads a whole log file as a stream, checks every record and groups them into queries. Any error refuses the
/// whole file: a log is imported completely or not at all.
/// </summary>
public static class LogFileReader
{
    public const string NotUtf8 = "the file is not UTF-8 text";

    public static async Task<LogReadResult> ReadAsync(
        Stream stream, LogFileFormat format, LogReadLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new LogErrorList(limits.MaxErrors);
        var grouper = new LogQueryGrouper(errors);
        var records = 0;
        try
        {
            using var reader = TextFiles.OpenReader(TextFiles.Check(stream, limits.MaxFileBytes));
            var raw = format == LogFileFormat.Csv
                ? CsvLogReader.ReadAsync(reader, errors, cancellationToken)
                : JsonlLogReader.ReadAsync(reader, errors, cancellationToken);
            await foreach (var row in raw.WithCancellation(cancellationToken))
            {
                if (++records > limits.MaxRecords)
                {
                    errors.Add(row.Line, null, string.Create(
                        CultureInfo.InvariantCulture, $"the file has more than {limits.MaxRecords:N0} records; split it into smaller files"));
                    break;
                }

                if (LogRecordParser.Parse(row.Line, row.Cells, errors, row.FieldPrefix) is { } record)
                {
                    grouper.Add(record);
                }
            }
        }
        catch (TextInputException input) when (input.Problem == TextInputProblem.TooLarge)
        {
            errors.Add(0, null, input.Message);
        }
        catch (Exception notUtf8) when (notUtf8 is TextInputException or DecoderFallbackException)
        {
            errors.Add(0, null, NotUtf8);
        }

        if (errors.Count == 0 && records == 0)
        {
            errors.Add(0, null, "the file holds no record");
        }

        return errors.Count == 0
            ? new LogReadResult(grouper.ToContent(), [], 0)
            : new LogReadResult(LogContent.Empty, errors.Kept, errors.Count);
    }
}
