using System.Globalization;
using System.Text.Json;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// Turns exported values into CSV text and JSON values the same way everywhere: invariant numbers, ISO 8601
/// instants, lowercase booleans, empty CSV fields and JSON nulls for missing values, ids as space-separated lists.
/// </summary>
public static class ExportValues
{
    public static string ToCsv(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        IReadOnlyList<long> ids => string.Join(' ', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static void WriteJson(Utf8JsonWriter json, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteNumber(name, number);
                break;
            case double number:
                json.WriteNumber(name, number);
                break;
            case decimal number:
                json.WriteNumber(name, number);
                break;
            case DateTimeOffset instant:
                json.WriteString(name, instant);
                break;
            case IReadOnlyList<long> ids:
                json.WriteStartArray(name);
                foreach (var id in ids)
                {
                    json.WriteNumberValue(id);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString(name, value.ToString());
                break;
        }
    }
}
