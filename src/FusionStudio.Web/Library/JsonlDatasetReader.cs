using System.Text.Json;

namespace FusionStudio.Web.Library;

/// <summary>Reads JSON Lines one line at a time: one object per line, blank lines skipped.</summary>
internal static class JsonlDatasetReader
{
    public static async Task ReadAsync(TextReader reader, DatasetImportBuilder builder, CancellationToken cancellationToken)
    {
        var line = 0;
        while (!builder.IsFull && await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    builder.AddUnreadableRow(line, null, "expected one JSON object per line, like {\"prompt\": \"…\"}");
                    continue;
                }

                ReadObject(document.RootElement, line, builder);
            }
            catch (JsonException error)
            {
                var at = error.BytePositionInLine is { } position ? $" near character {position + 1}" : "";
                builder.AddUnreadableRow(line, null, $"not valid JSON{at}");
            }
        }
    }

    private static void ReadObject(JsonElement root, int line, DatasetImportBuilder builder)
    {
        string? prompt = null, language = null, task = null, reference = null, id = null;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var wrongType = false;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "prompt":
                    wrongType |= !TryString(property, line, builder, out prompt);
                    break;
                case "language":
                    wrongType |= !TryString(property, line, builder, out language);
                    break;
                case "task":
                    wrongType |= !TryString(property, line, builder, out task);
                    break;
                case "reference":
                    wrongType |= !TryString(property, line, builder, out reference);
                    break;
                case "id":
                    // Ids are often numbers; they are kept as written.
                    if (property.Value.ValueKind == JsonValueKind.Number)
                    {
                        id = property.Value.GetRawText();
                    }
                    else
                    {
                        wrongType |= !TryString(property, line, builder, out id);
                    }

                    break;
                default:
                    metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : property.Value.GetRawText();
                    break;
            }
        }

        if (wrongType)
        {
            builder.SkipRow();
            return;
        }

        builder.AddRow(line, new DatasetRowFields(prompt, language, task, reference, id, metadata));
    }

    private static bool TryString(JsonProperty property, int line, DatasetImportBuilder builder, out string? value)
    {
        value = null;
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                value = property.Value.GetString();
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                builder.AddError(line, property.Name, $"must be a string, not {Describe(property.Value.ValueKind)}");
                return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
