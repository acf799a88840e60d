namespace FusionStudio.UnitTests.Imports;

/// <summary>A read-only stream that produces the same line again and again up to a length, without holding it all.</summary>
internal sealed class GeneratedStream(byte[] header, byte[] line, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>How many bytes were read: a streamed import stops soon after the limit.</summary>
    public long BytesRead => _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < length)
        {
            var source = _position < header.Length ? header : line;
            var at = (int)(_position < header.Length ? _position : (_position - header.Length) % line.Length);
            buffer[offset + written] = source[at];
            written++;
            _position++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
