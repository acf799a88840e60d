using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports;

/// <summary>Reads JSON Lines one line at a time: one object per line, blank lines skipped.</summary>
internal static class JsonLinesRecordReader
{
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in JsonLines.ReadAsync(reader, cancellationToken))
        {
            yield return line.Value is { } value
                ? JsonRecords.FromElement(line.Line, value, "expected one JSON object per line, like {\"prompt\": \"…\"}")
                : ImportRecord.Unreadable(line.Line, $"is {line.Error}");
        }
    }
}
