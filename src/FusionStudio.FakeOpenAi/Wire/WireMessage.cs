using System.Text;
using System.Text.Json;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>A request message; its content is either a string or an array of parts, as OpenAI allows.</summary>
public sealed class WireMessage
{
    public string? Role { get; set; }

    public JsonElement Content { get; set; }

    /// <summary>The message's text: the string, or the text parts joined.</summary>
    public string Text()
    {
        switch (Content.ValueKind)
        {
            case JsonValueKind.String:
                return Content.GetString() ?? string.Empty;
            case JsonValueKind.Array:
                var text = new StringBuilder();
                foreach (var part in Content.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        text.Append(value.GetString());
                    }
                }

                return text.ToString();
            default:
                return string.Empty;
        }
    }
}
