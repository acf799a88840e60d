namespace FusionStudio.Domain.Runs;

/// <summary>
/// A stored answer to a run's prompt that the report counts by language: a candidate or a method's answer. Its text
/// is stored with the answer-language check's outcome, so the count needs no text.
/// </summary>
public interface IStoredAnswer
{
    long Id { get; }

    int RunId { get; }

    long PromptId { get; }

    string? Text { get; }

    /// <summary>
    /// Whether the text's script does not fit the prompt's language, set whenever the text is written; null without
    /// a text, and on rows stored before the flag was, which the report checks and stores once.
    /// </summary>
    bool? WrongLanguage { get; set; }
}
