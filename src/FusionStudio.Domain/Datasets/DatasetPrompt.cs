namespace FusionStudio.Domain.Datasets;

/// <summary>One prompt of a dataset: plain text or chat messages, with its language and task.</summary>
public sealed class DatasetPrompt
{
    public long Id { get; set; }

    public int DatasetId { get; set; }

    /// <summary>Position in the dataset, unique within it.</summary>
    public int Ordinal { get; set; }

    /// <summary>The id the prompt had in the file it came from, if any.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The user's request as plain text: the whole prompt, or the last user message of a chat.</summary>
    public required string Text { get; set; }

    /// <summary>The full conversation for chat-shaped prompts; empty for plain prompts.</summary>
    public List<PromptMessage> Messages { get; set; } = [];

    /// <summary>BCP 47 language tag, for example <c>en</c>, <c>ar</c> or <c>zh</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Why the text's script does not fit <see cref="Language"/>, when it does not (flagged at import).</summary>
    public string? LanguageWarning { get; set; }

    public string Task { get; set; } = "general";

    public string? Reference { get; set; }

    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>The conversation a model is sent: the chat if there is one, else the text as one user message.</summary>
    public IReadOnlyList<PromptMessage> ToConversation() =>
        Messages.Count > 0 ? Messages : [new PromptMessage(ChatRole.User, Text)];
}
