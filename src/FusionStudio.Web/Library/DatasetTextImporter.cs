using System.Text;

namespace FusionStudio.Web.Library;

/// <summary>
/// Turns pasted text, JSONL or CSV into checked prompts, streaming line by line. Every bad line is reported as
/// "line N, field X: reason"; a result with any error holds no prompts, so nothing is stored.
/// </summary>
public sealed class DatasetTextImporter
{
    /// <summary>The format of a file, from its name; null for formats FusionStudio does not read.</summary>
    public static DatasetFileFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => DatasetFileFormat.Jsonl,
        ".csv" => DatasetFileFormat.Csv,
        _ => null,
    };

    /// <summary>One prompt per non-empty line, each with the given language and task.</summary>
    public DatasetImportResult ParsePasted(string text, DatasetImportDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (text.Length > DatasetImportLimits.MaxPastedCharacters)
        {
            return DatasetImportResult.Failure(DatasetImportLimits.PasteTooLongMessage);
        }

        var builder = new DatasetImportBuilder(defaults);
        CheckDefaults(defaults, builder);
        using var reader = new StringReader(text);
        var line = 0;
        while (!builder.IsFull && reader.ReadLine() is { } prompt)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(prompt))
            {
                builder.AddRow(line, new DatasetRowFields(prompt, null, null, null, null, []));
            }
        }

        return builder.Build();
    }

    /// <summary>Reads a JSONL or CSV stream of at most <see cref="DatasetImportLimits.MaxFileBytes"/>.</summary>
    public async Task<DatasetImportResult> ParseAsync(Stream stream, DatasetFileFormat format, DatasetImportDefaults defaults, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(defaults);
        var builder = new DatasetImportBuilder(defaults);
        CheckDefaults(defaults, builder);
        try
        {
            await using var limited = new SizeLimitedStream(stream, DatasetImportLimits.MaxFileBytes);
            using var reader = new StreamReader(limited, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
                detectEncodingFromByteOrderMarks: true);
            var read = format == DatasetFileFormat.Csv ? CsvDatasetReader.ReadAsync(reader, builder, cancellationToken) : JsonlDatasetReader.ReadAsync(reader, builder, cancellationToken);
            await read;
        }
        catch (DatasetTooLargeException error)
        {
            return DatasetImportResult.Failure(error.Message);
        }
        catch (DecoderFallbackException)
        {
            return DatasetImportResult.Failure("The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
        }

        return builder.Build();
    }

    private static void CheckDefaults(DatasetImportDefaults defaults, DatasetImportBuilder builder)
    {
        if (!LanguageCodes.IsValid(defaults.Language))
        {
            builder.AddError(0, null, $"The default language \"{defaults.Language}\" {LanguageCodes.InvalidMessage}.");
        }

        if (string.IsNullOrWhiteSpace(defaults.Task) || defaults.Task.Length > DatasetImportLimits.MaxTaskCharacters)
        {
            builder.AddError(0, null, $"Enter a default task of 1 to {DatasetImportLimits.MaxTaskCharacters} characters, e.g. general or qa.");
        }
    }
}
