namespace FusionStudio.Web.Runs;

/// <summary>A dataset as the new-run form offers it.</summary>
/// <param name="Languages">Most frequent first.</param>
public sealed record DatasetChoice(int Id, string Name, int PromptCount, IReadOnlyList<string> Languages, int AveragePromptCharacters)
{
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
