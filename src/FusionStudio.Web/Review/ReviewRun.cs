using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>What the review queue needs of a run: its seed for the sides, the candidate limit of its answers, its pairs.</summary>
public sealed record ReviewRun(int Id, string Name, RunStatus Status, int Seed, int CandidateLimit, IReadOnlyList<MethodPair> Pairs)
{
    public MethodPair? DefaultPair => Pairs.Count > 0 ? Pairs[0] : null;
}
