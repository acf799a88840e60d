using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FusionStudio.Engine.Imports.Reading;

/// <summary>
/// Passes a file through while checking, chunk by chunk, that it stays under the size limit and is valid UTF-8; an
/// invalid byte is reported with its line rather than silently replaced. The file never sits whole in memory. Both
/// importers (datasets and logs) read through it.
/// </summary>
internal sealed class CheckedTextStream(Stream inner, long maxBytes) : InspectingReadStream(inner)
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private int _completeLines;

    protected override void OnChunk(ReadOnlySpan<byte> chunk)
    {
        if (BytesRead > maxBytes)
        {
            throw TextInputException.TooLarge(maxBytes);
        }

        if (chunk.IsEmpty)
        {
            if (_carryLength > 0)
            {
                throw TextInputException.NotUtf8(_completeLines + 1, _carry[0]);
            }

            return;
        }

        // A character may be split between two reads: the bytes of an unfinished one wait for the next chunk.
        var work = _carryLength == 0 ? chunk : Join(chunk);
        var end = work.Length - UnfinishedTail(work);
        var complete = work[..end];
        if (!Utf8.IsValid(complete))
        {
            ThrowAtFirstInvalid(complete);
        }

        _completeLines += complete.Count((byte)'\n');
        work[end..].CopyTo(_carry);
        _carryLength = work.Length - end;
    }

    private ReadOnlySpan<byte> Join(ReadOnlySpan<byte> chunk)
    {
        var joined = new byte[_carryLength + chunk.Length];
        _carry.AsSpan(0, _carryLength).CopyTo(joined);
        chunk.CopyTo(joined.AsSpan(_carryLength));
        return joined;
    }

    /// <summary>How many bytes at the end start a character whose other bytes have not come yet.</summary>
    private static int UnfinishedTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var value = bytes[^back];
            if ((value & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the lead byte
            }

            var needed = value >= 0xF0 ? 4 : value >= 0xE0 ? 3 : value >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }

    private void ThrowAtFirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed) != OperationStatus.Done)
            {
                throw TextInputException.NotUtf8(_completeLines + bytes[..position].Count((byte)'\n') + 1, bytes[position]);
            }

            position += consumed;
        }
    }
}
