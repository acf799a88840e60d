namespace FusionStudio.Engine.Exports;

/// <summary>
/// Writes rows into a small in-memory buffer and hands it to the output whenever it passes
/// <see cref="FlushThresholdBytes"/>: formatting stays synchronous (CsvHelper, Utf8JsonWriter) while the output,
/// often an HTTP response, is only ever written asynchronously. Memory holds one buffer, whatever the export's size.
/// </summary>
public abstract class ExportWriter<TRow>(Stream output) : IAsyncDisposable
{
    public const int FlushThresholdBytes = 64 * 1024;

    public long RowsWritten { get; private set; }

    /// <summary>Buffers one row; call <see cref="FlushIfFullAsync"/> after each row or batch.</summary>
    public void Write(TRow row)
    {
        WriteRow(row);
        RowsWritten++;
    }

    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (BufferedBytes() >= FlushThresholdBytes)
        {
            await DrainAsync(cancellationToken);
        }
    }

    /// <summary>Writes what is buffered and flushes the output: the end of an export, or of a batch.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        var pending = TakeBuffered();
        if (!pending.IsEmpty)
        {
            await output.WriteAsync(pending, cancellationToken);
        }

        ClearBuffer();
        await output.FlushAsync(cancellationToken);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract void WriteRow(TRow row);

    /// <summary>Moves formatted text into the buffer and says how many bytes it holds.</summary>
    protected abstract long BufferedBytes();

    protected abstract ReadOnlyMemory<byte> TakeBuffered();

    protected abstract void ClearBuffer();
}
