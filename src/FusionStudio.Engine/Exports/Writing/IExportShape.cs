using System.Text.Json;
using CsvHelper;

namespace FusionStudio.Engine.Exports;

/// <summary>How one kind of row is written as a CSV record and as one JSON Lines object.</summary>
public interface IExportShape<in TRow>
{
    IReadOnlyList<string> Headers { get; }

    void WriteCsv(IWriterRow csv, TRow row);

    void WriteJson(Utf8JsonWriter json, TRow row);
}
