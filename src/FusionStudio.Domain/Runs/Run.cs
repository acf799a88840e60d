namespace FusionStudio.Domain.Runs;

/// <summary>
/// Dataset × teacher pool × methods × judge: the unit of work. It pins the prompt versions and teachers it uses,
/// so editing the library never changes a run after the fact.
/// </summary>
public sealed class Run
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public RunStatus Status { get; set; }

    public RunSource Source { get; set; }

    public int DatasetId { get; set; }

    /// <summary>The pool the run was made from; its members are pinned in <see cref="Teachers"/>.</summary>
    public int? PoolId { get; set; }

    public List<RunTeacher> Teachers { get; set; } = [];

    public List<AggregationMethod> Methods { get; set; } = [];

    public List<MethodPair> ComparisonPairs { get; set; } = [];

    public int? JudgeTeacherId { get; set; }

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateVersionId { get; set; }

    public int? PointwiseJudgeTemplateVersionId { get; set; }

    public int? PairwiseJudgeTemplateVersionId { get; set; }

    /// <summary>Seeds the random selector and the fusor's candidate order, so a run repeats exactly.</summary>
    public int Seed { get; set; }

    public decimal? BudgetCap { get; set; }

    /// <summary>The k values (k &lt; N) confirmed for the FusioN@k points of the test-time-scaling curve.</summary>
    public List<int> ScalingCandidateLimits { get; set; } = [];

    public RunCounters Counters { get; set; } = new();

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the run stopped early (cancelled, budget reached), if it did.</summary>
    public string? StopReason { get; set; }
}
