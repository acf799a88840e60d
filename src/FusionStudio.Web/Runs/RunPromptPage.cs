namespace FusionStudio.Web.Runs;

/// <summary>One page of a run's prompts and how many match the filter in all.</summary>
public sealed record RunPromptPage(IReadOnlyList<RunPromptRow> Rows, int Total);
