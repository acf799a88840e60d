namespace FusionStudio.Web.Library;

/// <summary>A pool as the list shows it.</summary>
public sealed record PoolListItem(int Id, string Name, string? Description, IReadOnlyList<PoolMemberItem> Members)
{
    public int CandidatesPerPrompt => Members.Sum(m => m.SampleCount);
}
