namespace FusionStudio.Engine.Exports;

public static class ExportWriters
{
    public static ExportWriter<TRow> Create<TRow>(ExportRequest request, Stream output, IExportShape<TRow> shape)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Format switch
        {
            ExportFormat.Csv => new CsvExportWriter<TRow>(output, shape, request.ExcelBom, request.KeepFormulas),
            _ => new JsonlExportWriter<TRow>(output, shape),
        };
    }

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/x-ndjson; charset=utf-8";
}
