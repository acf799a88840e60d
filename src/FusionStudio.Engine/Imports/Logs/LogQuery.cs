using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>One distinct query of a log and every model's answers to it, in file order.</summary>
public sealed class LogQuery(string? queryId, string text, IReadOnlyList<PromptMessage> messages, int line)
{
    public string? QueryId { get; } = queryId;

    public string Text { get; } = text;

    public IReadOnlyList<PromptMessage> Messages { get; } = messages;

    /// <summary>The line of the query's first record.</summary>
    public int Line { get; } = line;

    public string? Language { get; set; }

    public int LanguageLine { get; set; }

    public string? Task { get; set; }

    /// <summary>The first reference answer any record of the query gives.</summary>
    public string? Reference { get; set; }

    public int TaskLine { get; set; }

    public List<LogAnswer> Answers { get; } = [];
}
