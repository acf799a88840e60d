namespace FusionStudio.Web.Runs;

/// <summary>What a run has spent so far, summed from the rows it stored.</summary>
/// <param name="ModelCalls">Requests made: every candidate, every judge attempt, every fusion, both orders of each comparison.</param>
/// <param name="CachedCalls">Calls answered from the response cache, which cost nothing now.</param>
public sealed record RunUsage(
    int ModelCalls,
    int CachedCalls,
    int Candidates,
    int CachedCandidates,
    int FailedCalls,
    long InputTokens,
    long OutputTokens,
    decimal Cost)
{
    public static RunUsage None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0m);
}
