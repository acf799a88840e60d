using System.Globalization;
using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Web.Serving;

/// <summary>
/// Reads a chat completion request body, naming the field at fault for anything it cannot serve: a missing model,
/// no messages, an unknown role, content that is neither text nor text parts.
/// </summary>
internal static class ChatRequestReader
{
    public const string DetailsHeader = "X-FusionStudio-Candidates";

    public static (ServedChatRequest? Request, ServingError? Error) Read(JsonElement body, IHeaderDictionary headers)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, ServingError.Invalid("The request body must be a JSON object.", null));
        }

        if (!body.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(model.GetString()))
        {
            return (null, ServingError.Invalid("Name the recipe to use in \"model\" (GET /v1/models lists them).", "model"));
        }

        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            return (null, ServingError.Invalid("\"messages\" must be a non-empty array of chat messages.", "messages"));
        }

        var read = new List<PromptMessage>(messages.GetArrayLength());
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var (parsed, error) = Message(message, index++);
            if (error is not null)
            {
                return (null, error);
            }

            read.Add(parsed!);
        }

        if (read.All(m => m.Role != ChatRole.User))
        {
            return (null, ServingError.Invalid("\"messages\" needs at least one message with the role \"user\".", "messages"));
        }

        var stream = Flag(body, "stream");
        var includeUsage = body.TryGetProperty("stream_options", out var options) && options.ValueKind == JsonValueKind.Object && Flag(options, "include_usage");
        var details = (body.TryGetProperty("fusionstudio", out var extension) && extension.ValueKind == JsonValueKind.Object && Flag(extension, "candidates"))
            || (headers.TryGetValue(DetailsHeader, out var header) && bool.TryParse(header.ToString(), out var wanted) && wanted);
        return (new ServedChatRequest(model.GetString()!, read, stream, includeUsage, details), null);
    }

    private static (PromptMessage? Message, ServingError? Error) Message(JsonElement message, int index)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"messages[{index}]");
        if (message.ValueKind != JsonValueKind.Object)
        {
            return (null, ServingError.Invalid($"{at} must be an object with \"role\" and \"content\".", at));
        }

        var role = message.TryGetProperty("role", out var roleValue) && roleValue.ValueKind == JsonValueKind.String ? roleValue.GetString() : null;
        ChatRole? chatRole = role switch
        {
            "system" or "developer" => ChatRole.System,
            "user" => ChatRole.User,
            "assistant" => ChatRole.Assistant,
            _ => null,
        };
        if (chatRole is null)
        {
            return (null, ServingError.Invalid($"{at}.role must be \"system\", \"developer\", \"user\" or \"assistant\"; tools are not served.", $"{at}.role"));
        }

        if (!message.TryGetProperty("content", out var content) || Text(content) is not { } text)
        {
            return (null, ServingError.Invalid($"{at}.content must be text or an array of text parts.", $"{at}.content"));
        }

        return (new PromptMessage(chatRole.Value, text), null);
    }

    private static string? Text(JsonElement content)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                return content.GetString();
            case JsonValueKind.Array:
                var text = new StringBuilder();
                foreach (var part in content.EnumerateArray())
                {
                    if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
                    {
                        return null;
                    }

                    text.Append(value.GetString());
                }

                return text.ToString();
            default:
                return null;
        }
    }

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
