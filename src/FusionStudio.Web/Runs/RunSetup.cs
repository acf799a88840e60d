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
    DateTimeOffset CreatedAt);
