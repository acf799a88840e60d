namespace FusionStudio.Web.Runs;

/// <summary>A stored router version the new-run form offers for the routed methods, with the models it routes between.</summary>
public sealed record RouterChoice(int Id, string Name, int Version, IReadOnlyList<string> Candidates)
{
    public string Label => $"{Name} v{Version}";
}
