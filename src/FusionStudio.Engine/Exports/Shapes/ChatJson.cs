using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Exports;

/// <summary>Chat messages in the OpenAI shape: <c>{"role": "user", "content": "…"}</c>.</summary>
public static class ChatJson
{
    public static string RoleName(ChatRole role) => role switch
    {
        ChatRole.System => "system",
        ChatRole.Assistant => "assistant",
        _ => "user",
    };

    public static void WriteMessage(Utf8JsonWriter json, ChatRole role, string content)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("role", RoleName(role));
        json.WriteString("content", content);
        json.WriteEndObject();
    }

    public static void WriteMessages(Utf8JsonWriter json, IEnumerable<PromptMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            WriteMessage(json, message.Role, message.Content);
        }
    }
}
