using System.Runtime.CompilerServices;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// Reads one top-level JSON array of objects from a stream, element by element, with <see cref="System.Text.Json.Utf8JsonReader"/>
/// over a growing buffer: a 100 MB array never sits whole in memory, and each row keeps the line it starts on.
/// </summary>
internal static class JsonArrayRecordReader
{
    private const int ChunkBytes = 64 * 1024;

    public static async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parser = new JsonArrayChunkParser();
        var buffer = new byte[ChunkBytes];
        var filled = 0;
        var final = false;
        var records = new List<ImportRecord>();
        while (!parser.Stopped)
        {
            if (filled == buffer.Length)
            {
                // One element is larger than the buffer: grow it until the element fits.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            final = read == 0;
            filled += read;
            if (parser.AtStart && filled >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                // Utf8JsonReader does not skip a byte order mark.
                buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                filled -= 3;
            }
            records.Clear();
            var consumed = parser.Parse(buffer.AsSpan(0, filled), final, records);
            foreach (var record in records)
            {
                yield return record;
            }

            if (final)
            {
                parser.Finish();
                yield break;
            }

            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
        }
    }
}
