using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// JSON Lines through <see cref="Utf8JsonWriter"/>: one compact object per line, \n after each. Letters of every
/// script are written as themselves rather than \u escapes, so Arabic or Chinese stays readable in the file.
/// </summary>
public sealed class JsonlExportWriter<TRow> : ExportWriter<TRow>
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IExportShape<TRow> _shape;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThresholdBytes * 2);
    private readonly Utf8JsonWriter _json;

    public JsonlExportWriter(Stream output, IExportShape<TRow> shape)
        : base(output)
    {
        _shape = shape;
        _json = new Utf8JsonWriter(_buffer, _options);
    }

    public override async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void WriteRow(TRow row)
    {
        _shape.WriteJson(_json, row);
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        // Each line is a document of its own: the writer starts afresh, as at the top of a file.
        _json.Reset();
    }

    protected override long BufferedBytes() => _buffer.WrittenCount;

    protected override ReadOnlyMemory<byte> TakeBuffered() => _buffer.WrittenMemory;

    protected override void ClearBuffer() => _buffer.ResetWrittenCount();
}
