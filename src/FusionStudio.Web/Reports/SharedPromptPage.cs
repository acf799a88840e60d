namespace FusionStudio.Web.Reports;

/// <summary>One page of the prompts two runs share, and how many they share in all.</summary>
public sealed record SharedPromptPage(IReadOnlyList<SharedPromptRow> Rows, int Total)
{
    public static SharedPromptPage Empty { get; } = new([], 0);
}
