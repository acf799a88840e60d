using System.Text.Json;

namespace FusionStudio.Engine.Imports;

/// <summary>One field as the file gave it: the text of a CSV cell, or a JSON value.</summary>
public readonly struct ImportValue
{
    private readonly string? _text;
    private readonly JsonElement _json;
    private readonly bool _isJson;

    private ImportValue(string? text, JsonElement json, bool isJson)
    {
        _text = text;
        _json = json;
        _isJson = isJson;
    }

    public static ImportValue FromText(string text) => new(text, default, false);

    public static ImportValue FromJson(JsonElement json) => new(null, json, true);

    public JsonValueKind Kind => _isJson ? _json.ValueKind : JsonValueKind.String;

    /// <summary>The JSON value; a CSV cell has none.</summary>
    public JsonElement? Json => _isJson ? _json : null;

    /// <summary>The text of a string value, null for JSON null; other kinds have no string.</summary>
    public string? AsString() => Kind == JsonValueKind.String ? (_isJson ? _json.GetString() : _text) : null;

    /// <summary>The value as metadata keeps it: strings as they are, other JSON as written.</summary>
    public string ToDisplay() => Kind switch
    {
        JsonValueKind.String => AsString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => _json.GetRawText(),
    };

    /// <summary>How many characters the value takes, for the field size limit.</summary>
    public int Length => Kind switch
    {
        JsonValueKind.String => AsString()!.Length,
        JsonValueKind.Null or JsonValueKind.Undefined => 0,
        _ => _json.GetRawText().Length,
    };

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.String => "a string",
        _ => "null",
    };
}
