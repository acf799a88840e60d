using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// Turns one record into a prompt through the mapping and checks every field on the way: each problem is an issue
/// naming the line and the field. Ids are checked across rows, so one checker reads one whole file.
/// </summary>
internal sealed class ImportRowChecker(ImportLimits limits, ImportSettings settings, ImportMapping mapping)
{
    private readonly Dictionary<string, int> _lineOfId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mapped = new(mapping.MappedFields(), StringComparer.OrdinalIgnoreCase);

    public ImportRowOutcome Check(ImportRecord record)
    {
        var line = record.Line;
        if (record.Problem is { } problem)
        {
            return Failed(line, null, problem);
        }

        var errors = new List<ImportIssue>();
        for (var index = 0; index < record.Names.Count; index++)
        {
            if (record.Values[index].Length > limits.MaxFieldChars)
            {
                errors.Add(new ImportIssue(line, record.Names[index], $"is {record.Values[index].Length:N0} characters long; at most {limits.MaxFieldChars:N0} are allowed"));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportRowOutcome(line, null, errors);
        }

        var (text, messages, chatReference) = ReadPrompt(record, errors);
        var language = Text(record, mapping.Language, errors)?.Trim() is { Length: > 0 } given ? given : settings.DefaultLanguage;
        if (!LanguageTags.IsValid(language) && language != settings.DefaultLanguage)
        {
            errors.Add(new ImportIssue(line, mapping.Language, $"\"{Shorten(language)}\" {LanguageTags.InvalidMessage}"));
        }

        var task = Text(record, mapping.Task, errors)?.Trim() is { Length: > 0 } givenTask ? givenTask : settings.DefaultTask;
        if (task.Length > limits.MaxTaskChars)
        {
            errors.Add(new ImportIssue(line, mapping.Task, $"is longer than {limits.MaxTaskChars} characters"));
        }

        var reference = Text(record, mapping.Reference, errors) is { } mappedReference && !string.IsNullOrWhiteSpace(mappedReference) ? mappedReference : chatReference;
        var id = Id(record, errors);
        if (text is { } prompt && prompt.Length > limits.MaxFieldChars)
        {
            errors.Add(new ImportIssue(line, mapping.Prompt, $"the prompt is {prompt.Length:N0} characters long; at most {limits.MaxFieldChars:N0} are allowed"));
        }

        if (errors.Count > 0 || text is null)
        {
            return new ImportRowOutcome(line, null, errors);
        }

        var imported = new ImportedPrompt(line, text, language, task, reference, id, Metadata(record))
        {
            Messages = messages,
            LanguageWarning = LanguageScriptCheck.Check(text, language),
        };
        return new ImportRowOutcome(line, imported, []);
    }

    private (string? Text, IReadOnlyList<PromptMessage> Messages, string? Reference) ReadPrompt(ImportRecord record, List<ImportIssue> errors)
    {
        var line = record.Line;
        if (!record.TryGet(mapping.Prompt, out var value) || value.Kind is JsonValueKind.Null)
        {
            errors.Add(new ImportIssue(line, mapping.Prompt, "is missing"));
            return (null, [], null);
        }

        if (mapping.Shape is ImportShape.OpenAiChat or ImportShape.ShareGpt)
        {
            var messages = ChatMessageReader.Read(value, mapping.Shape, out var error);
            var conversation = messages is null ? null : ChatConversation.From(messages, out error);
            if (conversation is null)
            {
                errors.Add(new ImportIssue(line, mapping.Prompt, error!));
                return (null, [], null);
            }

            // A single user message is a plain prompt: only real conversations keep their messages.
            return (conversation.Text.Trim(), conversation.Messages.Count > 1 ? conversation.Messages : [], conversation.Reference);
        }

        var text = Text(record, mapping.Prompt, errors);
        if (text is null)
        {
            return (null, [], null);
        }

        if (mapping.Shape == ImportShape.Alpaca && Text(record, mapping.Input, errors) is { } input && !string.IsNullOrWhiteSpace(input))
        {
            text = string.IsNullOrWhiteSpace(text) ? input : text.TrimEnd() + "\n\n" + input.Trim();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ImportIssue(line, mapping.Prompt, "is empty"));
            return (null, [], null);
        }

        return (text.Trim(), [], null);
    }

    /// <summary>The text of a mapped field; null when unmapped, absent or null, an error when it is not a string.</summary>
    private static string? Text(ImportRecord record, string? field, List<ImportIssue> errors)
    {
        if (field is null || !record.TryGet(field, out var value))
        {
            return null;
        }

        switch (value.Kind)
        {
            case JsonValueKind.String:
                return value.AsString();
            case JsonValueKind.Null:
                return null;
            default:
                errors.Add(new ImportIssue(record.Line, field, $"must be a string, not {ImportValue.Describe(value.Kind)}"));
                return null;
        }
    }

    private string? Id(ImportRecord record, List<ImportIssue> errors)
    {
        if (mapping.Id is null || !record.TryGet(mapping.Id, out var value))
        {
            return null;
        }

        // Ids are often numbers; they are kept as written.
        var id = value.Kind == JsonValueKind.Number ? value.ToDisplay() : Text(record, mapping.Id, errors)?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (id.Length > limits.MaxIdChars)
        {
            errors.Add(new ImportIssue(record.Line, mapping.Id, $"is longer than {limits.MaxIdChars} characters"));
        }
        else if (!_lineOfId.TryAdd(id, record.Line))
        {
            errors.Add(new ImportIssue(record.Line, mapping.Id, $"\"{Shorten(id)}\" is already used on line {_lineOfId[id]}"));
        }

        return id;
    }

    private Dictionary<string, string> Metadata(ImportRecord record)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < record.Names.Count; index++)
        {
            var name = record.Names[index];
            if (name.Length > 0 && !_mapped.Contains(name) && record.Values[index].ToDisplay() is { Length: > 0 } value)
            {
                metadata[name] = value;
            }
        }

        return metadata;
    }

    private static ImportRowOutcome Failed(int line, string? field, string reason) => new(line, null, [new ImportIssue(line, field, reason)]);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
