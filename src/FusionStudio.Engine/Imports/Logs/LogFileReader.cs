using System.Globalization;
using System.Text;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Reads a whole log file as a stream, checks every record and groups them into queries. Any error refuses the
/// whole file: a log is imported completely or not at all.
/// </summary>
public static class LogFileReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
            using var reader = new StreamReader(new LogByteLimitStream(stream, limits.MaxFileBytes), _strictUtf8, detectEncodingFromByteOrderMarks: true);
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

                if (LogRecordParser.Parse(row.Line, row.Cells, errors) is { } record)
                {
                    grouper.Add(record);
                }
            }
        }
        catch (LogFileTooLargeException tooLarge)
        {
            errors.Add(0, null, tooLarge.Message);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(0, null, "the file is not UTF-8 text");
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
