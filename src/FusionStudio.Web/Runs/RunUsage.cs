using FusionStudio.Data.Calls;

namespace FusionStudio.Web.Runs;

/// <summary>What a run has spent so far, as the run page shows it: read from its call log.</summary>
/// <param name="ModelCalls">Calls FusionStudio sent: every candidate, every judge attempt, every fusion, each order of each comparison.</param>
/// <param name="CachedCalls">Calls answered from the response cache, which cost nothing now.</param>
/// <param name="FailedCalls">Failed calls that still stand behind a stored result.</param>
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

    public static RunUsage From(CallSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var (sent, all, generation) = (summary.Sent, summary.All, summary.Of(ModelCallPurpose.Generate, ModelCallPurpose.Imported));
        return new RunUsage(
            sent.Calls, sent.CacheHits, generation.Calls, generation.CacheHits, all.Failed, all.InputTokens, all.OutputTokens, all.Cost);
    }
}
