using System.Text.Json;
using CsvHelper;

namespace FusionStudio.Engine.Exports;

/// <summary>A shape whose CSV columns and JSON properties are the same flat list.</summary>
public class FlatExportShape<TRow>(IReadOnlyList<ExportColumn<TRow>> columns) : IExportShape<TRow>
{
    public IReadOnlyList<string> Headers { get; } = columns.Select(c => c.Name).ToList();

    public void WriteCsv(IWriterRow csv, TRow row)
    {
        ArgumentNullException.ThrowIfNull(csv);
        foreach (var column in columns)
        {
            csv.WriteField(ExportValues.ToCsv(column.Value(row)));
        }
    }

    public virtual void WriteJson(Utf8JsonWriter json, TRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        WriteProperties(json, row);
        json.WriteEndObject();
    }

    /// <summary>Writes every column as a property of the object already open.</summary>
    public void WriteProperties(Utf8JsonWriter json, TRow row)
    {
        ArgumentNullException.ThrowIfNull(json);
        foreach (var column in columns)
        {
            ExportValues.WriteJson(json, column.Name, column.Value(row));
        }
    }
}
