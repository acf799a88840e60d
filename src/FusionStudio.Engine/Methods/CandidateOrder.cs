namespace FusionStudio.Engine.Methods;

/// <summary>
/// The canonical order of a prompt's candidates: teacher position, then sample index (the id settles duplicates).
/// Every method starts from it, so "first" means the same thing whatever order the database returned.
/// </summary>
public static class CandidateOrder
{
    public static IReadOnlyList<CandidateView> Canonical(IEnumerable<CandidateView> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .OrderBy(candidate => candidate.TeacherPosition)
            .ThenBy(candidate => candidate.SampleIndex)
            .ThenBy(candidate => candidate.CandidateId)
            .ToList();
    }
}
