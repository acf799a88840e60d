namespace FusionStudio.Web.Runs;

/// <summary>A built thought template set the new-run form offers for hints, with what the estimate needs of it.</summary>
public sealed record ThoughtSetChoice(int Id, string Name, int Templates, int AverageTemplateCharacters)
{
    public string Label => $"{Name} · {Templates:N0} templates";
}
