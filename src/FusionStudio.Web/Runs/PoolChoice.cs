namespace FusionStudio.Web.Runs;

/// <summary>A teacher pool as the new-run form offers it, members in pool order.</summary>
public sealed record PoolChoice(int Id, string Name, IReadOnlyList<PoolMemberChoice> Members)
{
    public int CandidatesPerPrompt => Members.Sum(m => m.SampleCount);

    public string Summary => Members.Count == 0
        ? "no teachers"
        : $"{CandidatesPerPrompt} candidate{(CandidatesPerPrompt == 1 ? "" : "s")} per prompt: "
          + string.Join(", ", Members.Select(m => $"{m.TeacherName} × {m.SampleCount}"));
}
