using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports;

/// <summary>Reads the messages of an OpenAI chat (role, content) or a ShareGPT conversation (from, value).</summary>
internal static class ChatMessageReader
{
    public static List<PromptMessage>? Read(ImportValue value, ImportShape shape, out string? error)
    {
        JsonElement array;
        if (value.Json is { } json)
        {
            array = json;
        }
        else
        {
            // A CSV cell may hold the conversation as JSON text.
            try
            {
                using var document = JsonDocument.Parse(value.AsString() ?? "");
                array = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                error = "must be a JSON array of messages";
                return null;
            }
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            error = $"must be an array of messages, not {ImportValue.Describe(array.ValueKind)}";
            return null;
        }

        var (roleName, contentName) = shape == ImportShape.ShareGpt ? ("from", "value") : ("role", "content");
        var messages = new List<PromptMessage>();
        var number = 0;
        foreach (var item in array.EnumerateArray())
        {
            number++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = $"message {number} is {ImportValue.Describe(item.ValueKind)}, not an object with {roleName} and {contentName}";
                return null;
            }

            var role = item.TryGetProperty(roleName, out var roleValue) && roleValue.ValueKind == JsonValueKind.String ? roleValue.GetString() : null;
            if (role is null)
            {
                error = $"message {number} has no {roleName}";
                return null;
            }

            if (RoleOf(role) is not { } chatRole)
            {
                error = $"message {number}: {roleName} \"{role}\" is not one of {(shape == ImportShape.ShareGpt ? "human, gpt, system" : "system, user, assistant")}";
                return null;
            }

            if (ContentOf(item, contentName, out error) is not { } content)
            {
                error = $"message {number}: {error}";
                return null;
            }

            messages.Add(new PromptMessage(chatRole, content));
        }

        error = null;
        return messages;
    }

    private static ChatRole? RoleOf(string role) => role.Trim().ToLowerInvariant() switch
    {
        "system" or "developer" => ChatRole.System,
        "user" or "human" => ChatRole.User,
        "assistant" or "gpt" or "model" or "bot" or "chatgpt" => ChatRole.Assistant,
        _ => null,
    };

    /// <summary>A string, or OpenAI's list of parts of which only text parts can be imported.</summary>
    private static string? ContentOf(JsonElement message, string name, out string? error)
    {
        error = null;
        if (!message.TryGetProperty(name, out var content) || content.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            error = $"{name} must be text, not {ImportValue.Describe(content.ValueKind)}";
            return null;
        }

        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            var type = part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : null;
            if (type != "text" || !part.TryGetProperty("text", out var partText) || partText.ValueKind != JsonValueKind.String)
            {
                error = $"only text parts can be imported (found {(type is null ? "a part without a type" : $"a \"{type}\" part")})";
                return null;
            }

            text.Append(text.Length > 0 ? "\n" : "").Append(partText.GetString());
        }

        return text.ToString();
    }
}
