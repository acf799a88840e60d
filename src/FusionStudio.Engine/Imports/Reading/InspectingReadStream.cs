namespace FusionStudio.Engine.Imports.Reading;

/// <summary>
/// A forward-only, read-only pass-through over another stream that sees every chunk as it is read, so an import can
/// check a file's size and bytes while it streams instead of after reading it whole.
/// </summary>
internal abstract class InspectingReadStream(Stream inner) : Stream
{
    /// <summary>Bytes read so far, including the chunk being inspected.</summary>
    protected long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Inspect(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Inspect(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Inspect(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Looks at one chunk (empty at the end of the stream); throws to stop the read.</summary>
    protected abstract void OnChunk(ReadOnlySpan<byte> chunk);

    private int Inspect(ReadOnlySpan<byte> chunk)
    {
        BytesRead += chunk.Length;
        OnChunk(chunk);
        return chunk.Length;
    }
}
