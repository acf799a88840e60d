using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>Reads JSON Lines one line at a time: one object per line, blank lines skipped.</summary>
public static class JsonlLogReader
{
    public static async IAsyncEnumerable<LogRawRecord> ReadAsync(
        TextReader reader, LogErrorList errors, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (Parse(text, line, errors) is { } cells)
            {
                yield return new LogRawRecord(line, cells);
            }
        }
    }

    private static Dictionary<string, LogCell>? Parse(string text, int line, LogErrorList errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(line, null, "expected one JSON object per line, like {\"query\": \"…\", \"model\": \"…\", \"response\": \"…\"}");
                return null;
            }

            var cells = new Dictionary<string, LogCell>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                cells[property.Name] = LogCell.FromJson(property.Value);
            }

            return cells;
        }
        catch (JsonException error)
        {
            var at = error.BytePositionInLine is { } position ? $" near character {position + 1}" : "";
            errors.Add(line, null, $"not valid JSON{at}");
            return null;
        }
    }
}
