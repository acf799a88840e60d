namespace FusionStudio.Engine.Imports;

/// <summary>Guesses the shape of the rows and which field is which from the field names a file uses.</summary>
public static class MappingProposer
{
    private static readonly string[] _promptNames = ["prompt", "question", "text", "input", "query", "instruction", "content", "user", "problem", "request"];
    private static readonly string[] _languageNames = ["language", "lang", "locale", "language_code", "lang_code"];
    private static readonly string[] _taskNames = ["task", "category", "task_type", "type", "subject", "domain"];
    private static readonly string[] _referenceNames = ["reference", "answer", "output", "response", "completion", "target", "gold", "solution", "expected", "label"];
    private static readonly string[] _idNames = ["id", "prompt_id", "question_id", "uid", "qid", "key", "_id", "example_id"];

    public static ImportMapping Propose(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var chat = Find(fields, "messages");
        var shareGpt = Find(fields, "conversations") ?? Find(fields, "conversation");
        var instruction = Find(fields, "instruction");
        var (shape, prompt, input, reference) = (chat, shareGpt, instruction) switch
        {
            ({ } messages, _, _) => (ImportShape.OpenAiChat, messages, null, null),
            (_, { } conversations, _) => (ImportShape.ShareGpt, conversations, null, null),
            (_, _, { } alpaca) when Find(fields, "output") is not null || Find(fields, "input") is not null =>
                (ImportShape.Alpaca, alpaca, Find(fields, "input"), Find(fields, "output")),
            _ => (ImportShape.Plain, FindAny(fields, _promptNames), (string?)null, (string?)null),
        };
        var taken = new HashSet<string?>([prompt, input, reference], StringComparer.OrdinalIgnoreCase);
        reference ??= shape == ImportShape.Plain ? FindAny(fields, _referenceNames, taken) : null;
        taken.Add(reference);
        var language = FindAny(fields, _languageNames, taken);
        taken.Add(language);
        var task = FindAny(fields, _taskNames, taken);
        taken.Add(task);
        return new ImportMapping(shape, prompt)
        {
            Input = input,
            Language = language,
            Task = task,
            Reference = reference,
            Id = FindAny(fields, _idNames, taken),
        };
    }

    /// <summary>A plain mapping with the given shape's usual fields, for when the person switches the shape.</summary>
    public static ImportMapping ForShape(ImportShape shape, IReadOnlyList<string> fields, ImportMapping current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var proposed = Propose(fields);
        if (proposed.Shape == shape)
        {
            return proposed;
        }

        return shape switch
        {
            ImportShape.OpenAiChat => current with { Shape = shape, Prompt = Find(fields, "messages"), Input = null },
            ImportShape.ShareGpt => current with { Shape = shape, Prompt = Find(fields, "conversations") ?? Find(fields, "conversation"), Input = null },
            ImportShape.Alpaca => current with { Shape = shape, Prompt = Find(fields, "instruction"), Input = Find(fields, "input"), Reference = Find(fields, "output") ?? current.Reference },
            _ => current with { Shape = shape, Prompt = FindAny(fields, _promptNames), Input = null },
        };
    }

    private static string? Find(IReadOnlyList<string> fields, string name) =>
        fields.FirstOrDefault(field => string.Equals(field.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static string? FindAny(IReadOnlyList<string> fields, string[] names, HashSet<string?>? taken = null) =>
        names.Select(name => Find(fields, name)).FirstOrDefault(field => field is not null && taken?.Contains(field) != true);
}
