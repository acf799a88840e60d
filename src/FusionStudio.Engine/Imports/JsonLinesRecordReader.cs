using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FusionStudio.Engine.Imports;

/// <summary>Reads JSON Lines one line at a time: one object per line, blank lines skipped.</summary>
internal static class JsonLinesRecordReader
{
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(line, text);
        }
    }

    private static ImportRecord Parse(int line, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonRecords.FromElement(line, document.RootElement.Clone(), "expected one JSON object per line, like {\"prompt\": \"…\"}");
        }
        catch (JsonException error)
        {
            var at = error.BytePositionInLine is { } position ? $" near character {position + 1}" : "";
            return ImportRecord.Unreadable(line, $"is not valid JSON{at}");
        }
    }
}
