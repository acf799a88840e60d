namespace FusionStudio.Engine.Prompts;

/// <summary>What <see cref="PlaceholderScanner"/> found in a template text.</summary>
public sealed record PlaceholderScan(IReadOnlyList<PlaceholderOccurrence> Placeholders, IReadOnlyList<string> BraceErrors)
{
    public IEnumerable<string> Names => Placeholders.Select(placeholder => placeholder.Name).Distinct(StringComparer.Ordinal);
}
