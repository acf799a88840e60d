using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FusionStudio.Engine.Imports.Reading;

/// <summary>Reads JSON Lines one line at a time: one value per line, blank lines skipped but counted.</summary>
public static class JsonLines
{
    public static async IAsyncEnumerable<JsonLine> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse(line, text);
            }
        }
    }

    private static JsonLine Parse(int line, string text)
    {
        try
        {
            // The clone owns its memory, so the value outlives the parsed document.
            using var document = JsonDocument.Parse(text);
            return new JsonLine(line, document.RootElement.Clone(), null);
        }
        catch (JsonException error)
        {
            var at = error.BytePositionInLine is { } position ? $" near character {position + 1}" : "";
            return new JsonLine(line, null, $"not valid JSON{at}");
        }
    }
}
