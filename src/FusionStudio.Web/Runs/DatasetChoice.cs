namespace FusionStudio.Web.Runs;

/// <summary>A dataset as the new-run form offers it.</summary>
/// <param name="Languages">Most frequent first.</param>
public sealed record DatasetChoice(int Id, string Name, int PromptCount, IReadOnlyList<string> Languages, int AveragePromptCharacters)
{
    /// <summary>The mean prompt length in tokens, counted by a real tokenizer on a sample of the prompts; null when not counted.</summary>
    public int? AveragePromptTokens { get; init; }

    /// <summary>Prompts flagged on import because their script does not fit their language.</summary>
    public int FlaggedPrompts { get; init; }

    public string Summary => PromptCount == 0
        ? "no prompts"
        : $"{PromptCount:N0} prompt{(PromptCount == 1 ? "" : "s")} · {LanguageSummary}";

    public string LanguageSummary => Languages.Count switch
    {
        0 => "no language",
        <= 6 => string.Join(", ", Languages),
        _ => $"{string.Join(", ", Languages.Take(5))} +{Languages.Count - 5} more",
    };
}
