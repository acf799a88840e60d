using System.Text.Json;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// Finds a judge's JSON object in whatever surrounds it: code fences, prose, a second object. Each <c>{</c> is tried
/// in turn; its balanced end is found with string literals skipped, so braces inside a rationale do not count.
/// </summary>
internal static class JudgeJson
{
    private static readonly JsonDocumentOptions s_lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The first object that parses and has <paramref name="field"/> (any case) at its top level.</summary>
    public static bool TryFindObjectWith(string text, string field, out JsonElement value, out string? rationale)
    {
        for (var start = text.IndexOf('{'); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var end = BalancedEnd(text, start);
            if (end < 0 || !TryParseObject(text[start..(end + 1)], out var root))
            {
                continue;
            }

            if (TryGetProperty(root, field, out value))
            {
                rationale = TryGetProperty(root, "rationale", out var why) && why.ValueKind == JsonValueKind.String ? why.GetString() : null;
                return true;
            }
        }

        value = default;
        rationale = null;
        return false;
    }

    private static bool TryParseObject(string candidate, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(candidate, s_lenient);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    private static bool TryGetProperty(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The index of the <c>}</c> that closes the <c>{</c> at <paramref name="start"/>, or -1.</summary>
    private static int BalancedEnd(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
