using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// RFC 4180 CSV through CsvHelper: a header row, fields quoted when they hold commas, quotes or line breaks, and \n
/// line ends. UTF-8 without a byte order mark (what pandas and most tools read by default) unless the request asks
/// for one (Excel). Cells that a spreadsheet would run as a formula (first character <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return) get a leading apostrophe by CsvHelper's injection escaping, unless the request
/// keeps them: a model's answer opened in a spreadsheet must never run.
/// </summary>
public sealed class CsvExportWriter<TRow> : ExportWriter<TRow>
{
    private readonly IExportShape<TRow> _shape;
    private readonly MemoryStream _buffer = new();
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvExportWriter(Stream output, IExportShape<TRow> shape, bool excelBom = false, bool keepFormulas = false)
        : base(output)
    {
        _shape = shape;
        // The mark is written once, before the header; the buffer is emptied after each drain.
        _text = new StreamWriter(_buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: excelBom), bufferSize: 16 * 1024, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            InjectionOptions = keepFormulas ? InjectionOptions.None : InjectionOptions.Escape,
        });
        foreach (var header in shape.Headers)
        {
            _csv.WriteField(header);
        }

        _csv.NextRecord();
    }

    public override async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
        await _buffer.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void WriteRow(TRow row)
    {
        _shape.WriteCsv(_csv, row);
        _csv.NextRecord();
    }

    protected override long BufferedBytes()
    {
        _csv.Flush();
        return _buffer.Length;
    }

    protected override ReadOnlyMemory<byte> TakeBuffered()
    {
        _csv.Flush();
        return _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);
    }

    protected override void ClearBuffer() => _buffer.SetLength(0);
}
