using System.Text.Json;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>One field's value as a file wrote it: a JSON value from a JSON Lines file, or the text of a CSV cell.</summary>
public readonly record struct LogCell(JsonElement? Json, string? Text)
{
    public static LogCell FromJson(JsonElement value) => new(value.Clone(), null);

    public static LogCell FromText(string? value) => new(null, value);

    /// <summary>JSON null and an empty CSV cell both mean "not given".</summary>
    public bool IsAbsent => Json is { } json ? json.ValueKind == JsonValueKind.Null : string.IsNullOrEmpty(Text);
}
