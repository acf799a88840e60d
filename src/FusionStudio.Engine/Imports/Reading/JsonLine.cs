using System.Text.Json;

namespace FusionStudio.Engine.Imports.Reading;

/// <summary>One non-blank line of a JSON Lines file: its number and its value, or why it is not JSON.</summary>
public sealed record JsonLine(int Line, JsonElement? Value, string? Error)
{
    public bool IsObject => Value is { ValueKind: JsonValueKind.Object };
}
