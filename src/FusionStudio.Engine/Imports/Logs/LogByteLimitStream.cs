namespace FusionStudio.Engine.Imports.Logs;

/// <summary>A read-only view of a stream that fails once more than a set number of bytes has been read.</summary>
internal sealed class LogByteLimitStream(Stream inner, long maxBytes) : InspectingReadStream(inner)
{
    protected override void OnChunk(ReadOnlySpan<byte> chunk)
    {
        if (BytesRead > maxBytes)
        {
            throw new LogFileTooLargeException(maxBytes);
        }
    }
}
