using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Api.Runs;

/// <summary>A run with what it was made of and where it stands.</summary>
public sealed record RunDetailResponse(
    int Id,
    string Name,
    RunStatus Status,
    RunSource Source,
    string? StopReason,
    int DatasetId,
    int? PoolId,
    IReadOnlyList<RunTeacherResponse> Teachers,
    IReadOnlyList<AggregationMethod> Methods,
    IReadOnlyList<MethodPairDto> Pairs,
    int? JudgeTeacherId,
    int? FusorTeacherId,
    int? PointwiseJudgeTemplateVersionId,
    int? PairwiseJudgeTemplateVersionId,
    int? FusorTemplateVersionId,
    int? RouterId,
    int RoutedTopK,
    int Seed,
    decimal? BudgetCap,
    RunCountersResponse Counters,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);
