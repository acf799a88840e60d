namespace FusionStudio.Web.Runs;

/// <summary>The table's order. Rows without a score or verdict come last; equal rows keep dataset order.</summary>
public sealed record RunPromptSort(RunPromptSortColumn Column, bool Descending = false)
{
    public static RunPromptSort Default { get; } = new(RunPromptSortColumn.Ordinal);
}
