using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Reads a query in the OpenAI chat shape: <c>[{"role": "user", "content": "…"}]</c>. Content may also be a list of
/// parts, of which the text parts are kept.
/// </summary>
public static class LogMessagesParser
{
    public static bool TryParse(JsonElement value, out List<PromptMessage> messages, out string problem)
    {
        messages = [];
        problem = "";
        if (value.ValueKind != JsonValueKind.Array)
        {
            problem = "must be a list of chat messages, like [{\"role\": \"user\", \"content\": \"…\"}]";
            return false;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                problem = $"message {index} is not an object with role and content";
                return false;
            }

            if (!TryRole(item, out var role))
            {
                problem = $"message {index} needs a role of system, user or assistant";
                return false;
            }

            if (!TryContent(item, out var content))
            {
                problem = $"message {index} needs text content";
                return false;
            }

            messages.Add(new PromptMessage(role, content));
        }

        if (!messages.Any(m => m.Role == ChatRole.User))
        {
            problem = "needs at least one user message";
            return false;
        }

        return true;
    }

    private static bool TryRole(JsonElement item, out ChatRole role)
    {
        role = ChatRole.User;
        if (!item.TryGetProperty("role", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        switch (value.GetString())
        {
            case "system" or "developer":
                role = ChatRole.System;
                return true;
            case "user":
                role = ChatRole.User;
                return true;
            case "assistant":
                role = ChatRole.Assistant;
                return true;
            default:
                return false;
        }
    }

    private static bool TryContent(JsonElement item, out string content)
    {
        content = "";
        if (!item.TryGetProperty("content", out var value))
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            content = value.GetString()!;
            return !string.IsNullOrWhiteSpace(content);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var text = new StringBuilder();
        foreach (var part in value.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var partText) && partText.ValueKind == JsonValueKind.String)
            {
                text.Append(text.Length > 0 ? "\n" : "").Append(partText.GetString());
            }
        }

        content = text.ToString();
        return !string.IsNullOrWhiteSpace(content);
    }
}
