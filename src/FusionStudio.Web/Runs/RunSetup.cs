using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>What a run was made of, as pinned when it was created. It never changes, so the page reads it once.</summary>
public sealed record RunSetup(
    int RunId,
    string Dataset,
    string? Pool,
    IReadOnlyList<string> Teachers,
    IReadOnlyList<AggregationMethod> Methods,
    IReadOnlyList<MethodPair> Pairs,
    string? Judge,
    string? Fusor,
    string? PointwiseTemplate,
    string? PairwiseTemplate,
    string? FusorTemplate,
    int Seed,
    decimal? BudgetCap,
    string? CreatedBy,
    DateTimeOffset CreatedAt)
{
    /// <summary>The forecast the run was started with; null for runs made before forecasts were kept, or by a log import.</summary>
    public RunLaunchEstimate? LaunchEstimate { get; init; }

    /// <summary>The router of the routed methods (name, version, top k), if the run routes.</summary>
    public string? Router { get; init; }

    /// <summary>Mixture-of-Agents' layer count and pinned proposer prompt, if the run uses that method.</summary>
    public string? Mixture { get; init; }

    /// <summary>The run holds a recipe version's served requests; its judge can be pinned afterwards ("Judge this traffic").</summary>
    public bool Live { get; init; }

    /// <summary>Zero: cached answers were reused; otherwise the run drew new samples.</summary>
    public int SampleOffset { get; init; }
}
