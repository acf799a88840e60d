using System.Text;
using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.UnitTests.LogImports;

/// <summary>Reads log text through <see cref="LogFileReader"/>, as an uploaded file would be.</summary>
public static class LogReading
{
    public static readonly LogReadLimits Limits = new(1024 * 1024, 1_000, 50);

    public static Task<LogReadResult> ReadAsync(string text, LogFileFormat format, LogReadLimits? limits = null)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        return LogFileReader.ReadAsync(stream, format, limits ?? Limits);
    }

    public static Task<LogReadResult> JsonlAsync(params string[] lines) => ReadAsync(string.Join("\n", lines), LogFileFormat.Jsonl);

    public static Task<LogReadResult> CsvAsync(params string[] lines) => ReadAsync(string.Join("\n", lines), LogFileFormat.Csv);

    /// <summary>A valid JSON Lines record with one field replaced or added (as raw JSON), or removed when the value is null.</summary>
    public static string Record(string? field = null, string? rawValue = null, string query = "Q?", string model = "m")
    {
        var fields = new Dictionary<string, string>
        {
            ["query"] = $"\"{query}\"",
            ["model"] = $"\"{model}\"",
            ["response"] = "\"A.\"",
        };
        if (field is not null)
        {
            if (rawValue is null)
            {
                fields.Remove(field);
            }
            else
            {
                fields[field] = rawValue;
            }
        }

        return "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";
    }
}
