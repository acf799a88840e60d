using System.Text.Json;

namespace FusionStudio.Web.Library;

/// <summary>
/// Reads the message out of an error body: OpenAI's <c>{"error": {"message": …}}</c>, and the shapes other
/// compatible servers use (<c>{"error": "…"}</c>, <c>{"message": …}</c>, FastAPI's <c>{"detail": …}</c>).
/// </summary>
public static class ProviderErrorReader
{
    private const int MaxLength = 400;

    /// <summary>The error message of the body, or its first characters when it is not JSON; null when empty.</summary>
    public static string? MessageFrom(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (FromJson(document.RootElement) is { Length: > 0 } message)
            {
                return Shorten(message);
            }
        }
        catch (JsonException)
        {
            // Not JSON: an HTML error page or plain text. Its start still says something.
        }

        return Shorten(body.Trim());
    }

    private static string? FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String)
            {
                return error.GetString();
            }

            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var nested) && nested.ValueKind == JsonValueKind.String)
            {
                var code = error.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.String ? codeElement.GetString() : null;
                return code is null ? nested.GetString() : $"{nested.GetString()} ({code})";
            }
        }

        foreach (var name in new[] { "message", "detail" })
        {
            if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String)
            {
                return element.GetString();
            }
        }

        return null;
    }

    private static string Shorten(string text) =>
        text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
